package io.mdt.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void aNameThatCannotBeStoredIsQuotedAndCut() {
        assertThat(new Actor("a\u0000b", "password").name()).isEqualTo("'a\\u0000b'");
        assertThat(new Actor("x".repeat(500), "password").name()).hasSize(200);
        assertThat(new Actor("x".repeat(199) + "\uD83D\uDE00", "token").name())
                .as("never half a surrogate pair")
                .hasSize(199);
    }

    @Test
    void noNameAndAnUnknownWayAreSaidSo() {
        assertThat(new Actor(null, "password").name()).isEqualTo("(none)");
        assertThat(new Actor("a", "carrier pigeon").via()).isEqualTo("unknown");
        assertThat(new Actor("a", null).via()).isEqualTo("unknown");
        assertThat(new Actor("a", "api-key").via()).isEqualTo("api-key");
    }

    @Test
    void aPersonNamedSystemIsNotMdtItself() {
        assertThat(new Actor("system", "password")).isNotEqualTo(Actor.SYSTEM);
    }
}
