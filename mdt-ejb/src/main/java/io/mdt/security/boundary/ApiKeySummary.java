package io.mdt.security.boundary;

import io.mdt.security.entity.ApiKey;
import java.time.Instant;

/**
 * An API key as the API lists it: its prefix, never its secret.
 *
 * @param team the team whose models it sees, or {@code null} for every team's (an administrator's key)
 * @param model the id of the one model it is limited to, or {@code null}
 * @param status {@code active}, {@code expired} or {@code revoked}, now
 */
public record ApiKeySummary(
        long id,
        String name,
        String prefix,
        String role,
        String team,
        Long model,
        String status,
        Instant expiresAt,
        Instant revokedAt,
        Instant lastUsed,
        String createdBy,
        Instant created) {

    static ApiKeySummary of(ApiKey key, Instant now) {
        var status = key.getRevokedAt() != null ? "revoked" : key.isUsable(now) ? "active" : "expired";
        return new ApiKeySummary(
                key.getId(),
                key.getName(),
                key.getPrefix(),
                key.getRole().roleName(),
                key.getTeam(),
                key.getModelId(),
                status,
                key.getExpiresAt(),
                key.getRevokedAt(),
                key.getLastUsed(),
                key.getCreatedBy(),
                key.getCreated());
    }
}
