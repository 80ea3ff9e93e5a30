package io.mdt.security.boundary;

import io.mdt.platform.entity.InstantConverter;
import io.mdt.security.control.KeySecrets;
import io.mdt.security.entity.ApiKey;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * API keys for systems that cannot use OAuth: created by an administrator with a role and an
 * expiry, shown once, stored hashed, revocable. Each public method is one transaction.
 */
@Stateless
public class ApiKeys {

    @PersistenceContext
    EntityManager em;

    public CreatedApiKey create(ApiKeyDraft draft, String createdBy) {
        var now = InstantConverter.now();
        var drafts = new Drafts();
        var name = drafts.keyName(draft.name());
        var role = drafts.role(draft.role());
        var expiresAt = drafts.expiry(draft.expiresAt(), now);
        drafts.raise();
        boolean taken = em.createNamedQuery(ApiKey.ACTIVE_BY_NAME, ApiKey.class)
                .setParameter("name", name)
                .getResultStream()
                .findAny()
                .isPresent();
        if (taken) {
            throw new SecurityConflictException("another key that is not revoked is already named '" + name + "'");
        }
        var secret = KeySecrets.generate();
        var key = new ApiKey(name, KeySecrets.prefix(secret), KeySecrets.hash(secret), role, expiresAt, createdBy, now);
        em.persist(key);
        em.flush();
        return new CreatedApiKey(ApiKeySummary.of(key, now), secret);
    }

    /** The caller a key belongs to while it is neither revoked nor expired, or empty. */
    public Optional<Caller> authenticate(String secret) {
        if (!KeySecrets.looksLikeKey(secret)) {
            return Optional.empty();
        }
        var now = InstantConverter.now();
        var hash = KeySecrets.hash(secret);
        return em.createNamedQuery(ApiKey.BY_PREFIX, ApiKey.class)
                .setParameter("prefix", KeySecrets.prefix(secret))
                .getResultStream()
                .filter(key -> KeySecrets.sameHash(key.getSecretHash(), hash))
                .filter(key -> key.isUsable(now))
                .findFirst()
                .map(key -> {
                    key.used(now);
                    return new Caller(key.getName(), key.getRole().grantedNames(), Set.of(), null, "api-key");
                });
    }

    public List<ApiKeySummary> list() {
        var now = InstantConverter.now();
        return em.createNamedQuery(ApiKey.ALL, ApiKey.class)
                .getResultStream()
                .map(key -> ApiKeySummary.of(key, now))
                .toList();
    }

    public ApiKeySummary get(long id) {
        return ApiKeySummary.of(find(id), InstantConverter.now());
    }

    /** Revokes the key at once; its record stays, for the audit. */
    public ApiKeySummary revoke(long id) {
        var now = InstantConverter.now();
        var key = find(id);
        key.revoke(now);
        return ApiKeySummary.of(key, now);
    }

    private ApiKey find(long id) {
        var key = em.find(ApiKey.class, id);
        if (key == null) {
            throw new SecurityNotFoundException("API key", id);
        }
        return key;
    }
}
