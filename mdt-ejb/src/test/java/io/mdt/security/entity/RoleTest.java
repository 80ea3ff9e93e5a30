package io.mdt.security.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void eachRoleGrantsItselfAndTheRolesItIncludes() {
        assertThat(Role.ADMIN.grantedNames())
                .containsExactlyInAnyOrder("mdt-admin", "mdt-engineer", "mdt-viewer", "mdt-ingest");
        assertThat(Role.ENGINEER.grantedNames()).containsExactlyInAnyOrder("mdt-engineer", "mdt-viewer");
        assertThat(Role.VIEWER.grantedNames()).containsExactly("mdt-viewer");
        assertThat(Role.INGEST.grantedNames()).containsExactly("mdt-ingest");
    }

    @Test
    void rolesAreNamedWithOrWithoutThePrefixInAnyCase() {
        assertThat(Role.named("mdt-engineer")).contains(Role.ENGINEER);
        assertThat(Role.named(" Engineer ")).contains(Role.ENGINEER);
        assertThat(Role.named("MDT-ADMIN")).contains(Role.ADMIN);
        assertThat(Role.named("root")).isEmpty();
        assertThat(Role.named(null)).isEmpty();
    }
}
