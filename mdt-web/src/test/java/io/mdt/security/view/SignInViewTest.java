package io.mdt.security.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInViewTest {

    @Test
    void goesOnToPagesOfMdtOnly() {
        assertThat(SignInView.target("/alerts.xhtml?state=open")).isEqualTo("/alerts.xhtml?state=open");
        assertThat(SignInView.target(null)).isEqualTo("/");
        assertThat(SignInView.target("https://evil.example/")).isEqualTo("/");
        assertThat(SignInView.target("//evil.example/")).isEqualTo("/");
        assertThat(SignInView.target("/\\evil.example")).isEqualTo("/");
        assertThat(SignInView.target("/a\r\nSet-Cookie: x")).isEqualTo("/");
    }
}
