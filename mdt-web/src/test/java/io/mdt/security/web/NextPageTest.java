package io.mdt.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NextPageTest {

    @Test
    void goesOnToPagesOfMdtOnly() {
        assertThat(NextPage.of("/alerts.xhtml?state=open")).isEqualTo("/alerts.xhtml?state=open");
        assertThat(NextPage.of("/")).isEqualTo("/");
        assertThat(NextPage.of(null)).isEqualTo("/");
        assertThat(NextPage.of("")).isEqualTo("/");
        assertThat(NextPage.of("alerts.xhtml")).isEqualTo("/");
        assertThat(NextPage.of("https://evil.example/")).isEqualTo("/");
        assertThat(NextPage.of("//evil.example/")).isEqualTo("/");
        assertThat(NextPage.of("/\\evil.example")).isEqualTo("/");
        assertThat(NextPage.of("/a\r\nSet-Cookie: x")).isEqualTo("/");
        assertThat(NextPage.of("/a\tb")).isEqualTo("/");
    }
}
