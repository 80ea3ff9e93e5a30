package io.mdt.security.boundary;

import io.mdt.security.entity.UserAccount;
import java.time.Instant;
import java.util.List;

/** An account as the API shows it: never its password hash. */
public record UserSummary(
        long id,
        String name,
        String role,
        List<String> teams,
        boolean enabled,
        Instant lockedUntil,
        Instant lastLogin,
        Instant created,
        Instant updated) {

    static UserSummary of(UserAccount user) {
        return new UserSummary(
                user.getId(),
                user.getName(),
                user.getRole().roleName(),
                user.getTeams().stream().sorted().toList(),
                user.isEnabled(),
                user.getLockedUntil(),
                user.getLastLogin(),
                user.getCreated(),
                user.getUpdated());
    }
}
