package io.mdt.security.boundary;

import io.mdt.platform.entity.InstantConverter;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.ModelVersions;
import io.mdt.registry.boundary.Violation;
import io.mdt.security.control.KeySecrets;
import io.mdt.security.entity.ApiKey;
import io.mdt.security.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
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

    @Inject
    ModelVersions versions;

    public CreatedApiKey create(ApiKeyDraft draft, String createdBy) {
        var now = InstantConverter.now();
        var drafts = new Drafts();
        var name = drafts.keyName(draft.name());
        var role = drafts.role(draft.role());
        var expiresAt = drafts.expiry(draft.expiresAt(), now);
        var requestedTeam = draft.team() == null ? null : drafts.teams(List.of(draft.team()));
        drafts.raise();
        var scope = scope(
                role, requestedTeam == null ? null : requestedTeam.iterator().next(), draft.model());
        boolean taken = em.createNamedQuery(ApiKey.ACTIVE_BY_NAME, ApiKey.class)
                .setParameter("name", name)
                .getResultStream()
                .findAny()
                .isPresent();
        if (taken) {
            throw new SecurityConflictException("another key that is not revoked is already named '" + name + "'");
        }
        var secret = KeySecrets.generate();
        var key = new ApiKey(
                name,
                KeySecrets.prefix(secret),
                KeySecrets.hash(secret),
                role,
                scope.team(),
                scope.model(),
                expiresAt,
                createdBy,
                now);
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
                    recordUse(key, now);
                    return new Caller(
                            key.getName(),
                            key.getRole().grantedNames(),
                            key.getTeam() == null ? Set.of() : Set.of(key.getTeam()),
                            key.getModelId(),
                            "api-key");
                });
    }

    /** Notes the key's use at most once a minute, without conflicting with its concurrent requests. */
    private void recordUse(ApiKey key, Instant now) {
        if (key.recentlyUsed(now)) {
            return;
        }
        em.createNamedQuery(ApiKey.RECORD_USE)
                .setParameter("id", key.getId())
                .setParameter("now", now)
                .setParameter("since", now.minus(ApiKey.USE_RECORDING))
                .executeUpdate();
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

    /** What a key sees: an administrator's every team; any other a team, or one model of one. */
    private Scope scope(Role role, String team, String modelReference) {
        if (role == Role.ADMIN) {
            if (team != null || modelReference != null) {
                throw invalid("team", "an administrator's key sees every team; give it no team or model");
            }
            return new Scope(null, null);
        }
        if (modelReference == null) {
            if (team == null) {
                throw invalid("team", "is required: the team whose models the key sees (or give a model)");
            }
            return new Scope(team, null);
        }
        var model = versions.summary(modelReference);
        if (team != null && !team.equals(model.team())) {
            throw invalid("team", "must be the model's team, " + model.team() + ", or absent");
        }
        return new Scope(model.team(), model.id());
    }

    private record Scope(String team, Long model) {}

    private static ModelValidationException invalid(String field, String message) {
        return new ModelValidationException(List.of(new Violation(field, message)));
    }

    private ApiKey find(long id) {
        var key = em.find(ApiKey.class, id);
        if (key == null) {
            throw new SecurityNotFoundException("API key", id);
        }
        return key;
    }
}
