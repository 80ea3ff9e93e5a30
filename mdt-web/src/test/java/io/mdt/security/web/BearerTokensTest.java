package io.mdt.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class BearerTokensTest {

    @Test
    void rolesComeFromTheGroupsThatNameMdtRolesWithTheRolesTheyInclude() {
        assertThat(BearerTokens.granted(Set.of("mdt-engineer", "offline_access", "fraud-detection")))
                .containsExactlyInAnyOrder("mdt-engineer", "mdt-viewer");
        assertThat(BearerTokens.granted(Set.of("default-roles-mdt"))).isEmpty();
    }
}
