package io.mdt.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ProviderMetadataTest {

    private static final String ISSUER = "http://127.0.0.1:8180/realms/mdt";

    private static String document(String issuer, String endSession) {
        return """
                {"issuer": "%s", "authorization_endpoint": "%s/protocol/openid-connect/auth",
                 "token_endpoint": "%s/protocol/openid-connect/token",
                 "jwks_uri": "%s/protocol/openid-connect/certs"%s}
                """.formatted(issuer, issuer, issuer, issuer, endSession);
    }

    @Test
    void readsTheEndpointsOfTheConfiguredIssuer() {
        var metadata = ProviderMetadata.parse(
                document(ISSUER, ", \"end_session_endpoint\": \"" + ISSUER + "/protocol/openid-connect/logout\""),
                ISSUER);

        assertThat(metadata.authorizationEndpoint()).isEqualTo(URI.create(ISSUER + "/protocol/openid-connect/auth"));
        assertThat(metadata.tokenEndpoint()).isEqualTo(URI.create(ISSUER + "/protocol/openid-connect/token"));
        assertThat(metadata.jwksUri()).isEqualTo(ISSUER + "/protocol/openid-connect/certs");
        assertThat(metadata.endSessionEndpoint()).contains(URI.create(ISSUER + "/protocol/openid-connect/logout"));
        assertThat(ProviderMetadata.parse(document(ISSUER, ""), ISSUER).endSessionEndpoint())
                .isEmpty();
    }

    @Test
    void refusesADocumentOfAnotherIssuerOrWithoutAnEndpoint() {
        assertThatThrownBy(() -> ProviderMetadata.parse(document("http://evil.example/realms/mdt", ""), ISSUER))
                .hasMessageContaining("evil.example");
        assertThatThrownBy(() -> ProviderMetadata.parse(document(ISSUER + "/", ""), ISSUER))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ProviderMetadata.parse("{\"issuer\": \"" + ISSUER + "\"}", ISSUER))
                .hasMessageContaining("authorization_endpoint");
        assertThatThrownBy(() -> ProviderMetadata.parse("[]", ISSUER)).isInstanceOf(IllegalStateException.class);
    }
}
