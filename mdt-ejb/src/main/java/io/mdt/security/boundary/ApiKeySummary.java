package io.mdt.security.boundary;

import io.mdt.security.entity.ApiKey;
import java.time.Instant;

/**
 * An API key as the API lists it: its prefix, never its secret.
 *
 * @param status {@code active}, {@code expired} or {@code revoked}, now
 */
public record ApiKeySummary(
        long id,
        String name,
        String prefix,
        String role,
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
                status,
                key.getExpiresAt(),
                key.getRevokedAt(),
                key.getLastUsed(),
                key.getCreatedBy(),
                key.getCreated());
    }
}
