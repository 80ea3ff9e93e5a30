package io.mdt.security.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * MDT's roles. A role grants its own name and the names of the roles it includes, so that an
 * operation declares only the least role it needs: an administrator may do everything, an
 * engineer everything a viewer may, and the ingest role only sends predictions and actuals.
 */
public enum Role {
    VIEWER(Names.VIEWER),
    INGEST(Names.INGEST),
    ENGINEER(Names.ENGINEER, VIEWER),
    ADMIN(Names.ADMIN, ENGINEER, VIEWER, INGEST);

    /** The role names as constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String ADMIN = "mdt-admin";
        public static final String ENGINEER = "mdt-engineer";
        public static final String VIEWER = "mdt-viewer";
        public static final String INGEST = "mdt-ingest";

        private Names() {}
    }

    private final String roleName;
    private final Set<Role> included;

    Role(String roleName, Role... included) {
        this.roleName = roleName;
        this.included = Set.of(included);
    }

    /** The name the container and identity providers use, {@code mdt-admin} for instance. */
    public String roleName() {
        return roleName;
    }

    /** The role names a caller with this role holds: its own and those of the roles it includes. */
    public Set<String> grantedNames() {
        return Stream.concat(Stream.of(this), included.stream())
                .map(Role::roleName)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The role of a name, {@code mdt-engineer} or {@code engineer}, in any case. */
    public static Optional<Role> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        var wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(role -> role.roleName.equals(wanted)
                        || role.name().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}
