package io.mdt.security.boundary;

import io.mdt.platform.control.StorableText;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.Violation;
import io.mdt.security.entity.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The rules of account and key drafts, all checked before anything is written. */
final class Drafts {

    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 1000;
    static final int MAX_TEAMS = 100;

    private static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");

    private final List<Violation> found = new ArrayList<>();

    String userName(String name) {
        if (name == null || !USER_NAME.matcher(name).matches()) {
            found.add(new Violation(
                    "name", "must be 1 to 100 letters, digits or . _ @ -, starting with a letter or digit"));
            return null;
        }
        return name;
    }

    String password(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            found.add(new Violation("password", "must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters"));
            return null;
        }
        if (!StorableText.storable(password)) {
            found.add(new Violation("password", StorableText.problem(password)));
            return null;
        }
        return password;
    }

    Role role(String role) {
        var named = Role.named(role);
        if (named.isEmpty()) {
            found.add(new Violation("role", "must be one of mdt-admin, mdt-engineer, mdt-viewer, mdt-ingest"));
            return null;
        }
        return named.get();
    }

    String keyName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 200 || !StorableText.storable(name)) {
            found.add(new Violation("name", "is required, at most 200 printable characters"));
            return null;
        }
        return name.strip();
    }

    Instant expiry(Instant expiresAt, Instant now) {
        if (expiresAt == null || !expiresAt.isAfter(now)) {
            found.add(new Violation("expiresAt", "is required and must lie in the future"));
            return null;
        }
        if (expiresAt.isAfter(now.plus(Duration.ofDays(5 * 366)))) {
            found.add(new Violation("expiresAt", "must lie within five years"));
            return null;
        }
        return expiresAt;
    }

    /** Distinct team names, at most {@value #MAX_TEAMS}; absent: none. */
    Set<String> teams(List<String> teams) {
        if (teams == null) {
            return Set.of();
        }
        if (teams.size() > MAX_TEAMS) {
            found.add(new Violation("teams", "must be at most " + MAX_TEAMS + " teams"));
            return Set.of();
        }
        var names = new TreeSet<String>();
        for (var team : teams) {
            if (team == null
                    || team.isBlank()
                    || team.strip().length() > Visibility.MAX_TEAM
                    || !StorableText.storable(team)) {
                found.add(new Violation("teams", "each must be 1 to " + Visibility.MAX_TEAM + " printable characters"));
                return Set.of();
            }
            names.add(team.strip());
        }
        return names;
    }

    void raise() {
        if (!found.isEmpty()) {
            throw new ModelValidationException(found);
        }
    }
}
