package io.mdt.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A key an integrated system authenticates with: a role, a team or one model it is limited to,
 * an expiry, revocable. Only the hash of
 * its secret is stored. Its last use is recorded at most once a minute, so that a busy producer
 * does not turn every request into a write.
 */
@Entity
@Table(name = "api_key")
@NamedQuery(name = ApiKey.BY_PREFIX, query = "SELECT k FROM ApiKey k WHERE k.prefix = :prefix")
@NamedQuery(name = ApiKey.ALL, query = "SELECT k FROM ApiKey k ORDER BY k.created DESC, k.id DESC")
@NamedQuery(
        name = ApiKey.RECORD_USE,
        query =
                "UPDATE ApiKey k SET k.lastUsed = :now WHERE k.id = :id AND (k.lastUsed IS NULL OR k.lastUsed < :since)")
@NamedQuery(
        name = ApiKey.ACTIVE_BY_NAME,
        query = "SELECT k FROM ApiKey k WHERE LOWER(k.name) = LOWER(:name) AND k.revokedAt IS NULL")
public class ApiKey {

    public static final String BY_PREFIX = "ApiKey.byPrefix";
    public static final String ALL = "ApiKey.all";
    public static final String ACTIVE_BY_NAME = "ApiKey.activeByName";
    /**
     * Notes a use as a bulk update, without the version check: requests of one key at the same
     * moment each note it, and none fails because another one did.
     */
    public static final String RECORD_USE = "ApiKey.recordUse";

    public static final Duration USE_RECORDING = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 20)
    private String prefix;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(length = 100)
    private String team;

    @Column(name = "model_id")
    private Long modelId;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used")
    private Instant lastUsed;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    @Column(nullable = false)
    private Instant created;

    @Version
    private long version;

    protected ApiKey() {}

    public ApiKey(
            String name,
            String prefix,
            String secretHash,
            Role role,
            String team,
            Long modelId,
            Instant expiresAt,
            String createdBy,
            Instant now) {
        this.name = name;
        this.prefix = prefix;
        this.secretHash = secretHash;
        this.role = role;
        this.team = team;
        this.modelId = modelId;
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
        this.created = now;
    }

    public boolean isUsable(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    /** Whether a use was noted less than {@link #USE_RECORDING} ago, so that this one need not be. */
    public boolean recentlyUsed(Instant now) {
        return lastUsed != null && Duration.between(lastUsed, now).compareTo(USE_RECORDING) < 0;
    }

    /** Revoking twice keeps the first time. */
    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public Role getRole() {
        return role;
    }

    /** The team whose models the key sees, or {@code null} for an administrator's key, which sees all. */
    public String getTeam() {
        return team;
    }

    /** The one model the key is limited to, or {@code null} for every model of its team. */
    public Long getModelId() {
        return modelId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getLastUsed() {
        return lastUsed;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreated() {
        return created;
    }
}
