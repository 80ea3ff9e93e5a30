package io.mdt.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdentitySettingsTest {

    private static final Path KEYCLOAK = Path.of("keycloak.zip");

    @Test
    void offersTheBuiltInLoginOnlyWhenNothingIsSet() {
        var identity = read(Map.of());

        assertThat(identity.embeddedKeycloak()).isFalse();
        assertThat(identity.external()).isEmpty();
        assertThat(OidcDomainConfiguration.script(identity.external(), "server-config"))
                .isEmpty();
    }

    @Test
    void runsKeycloakOnItsDefaultOrChosenPort() {
        assertThat(read(Map.of("MDT_KEYCLOAK", "embedded")).keycloakPort()).isEqualTo(8180);
        var identity = read(Map.of("MDT_KEYCLOAK", "embedded", "MDT_KEYCLOAK_PORT", "18180"));

        assertThat(identity.embeddedKeycloak()).isTrue();
        assertThat(identity.keycloakPort()).isEqualTo(18180);
        assertThat(identity.keycloakZip()).isEqualTo(KEYCLOAK);
    }

    @Test
    void takesAnExternalProviderWithTheDashboardClientAndMdtAudienceByDefault() {
        var identity = read(
                Map.of("MDT_OIDC_ISSUER", "https://login.example.com/realms/mdt", "MDT_OIDC_CLIENT_SECRET", "s3cret"));

        assertThat(identity.external())
                .contains(new OidcProvider("https://login.example.com/realms/mdt", "mdt-dashboard", "s3cret", "mdt"));
        assertThat(identity.external().get().toString()).doesNotContain("s3cret");
    }

    @Test
    void handsTheServerItsPropertiesWithTheSecretByAliasOnly() {
        var provider =
                new OidcProvider("http://127.0.0.1:8180/realms/mdt", "mdt-dashboard", "never shown", "api://mdt");

        assertThat(OidcDomainConfiguration.script(Optional.of(provider), "server-config"))
                .isEqualTo(
                        "create-system-properties --target server-config mdt.oidc.issuer=http\\\\://127.0.0.1\\\\:8180/realms/mdt"
                                + ":mdt.oidc.client-id=mdt-dashboard:mdt.oidc.audience=api\\\\://mdt"
                                + ":mdt.oidc.client-secret=${ALIAS\\\\=mdt-oidc-client-secret}\n")
                .doesNotContain("never shown");
    }

    @Test
    void rejectsMalformedOrContradictorySettingsNamingTheVariable() {
        expectInvalid(Map.of("MDT_KEYCLOAK", "on"), "MDT_KEYCLOAK");
        expectInvalid(Map.of("MDT_KEYCLOAK", "embedded", "MDT_KEYCLOAK_PORT", "0"), "MDT_KEYCLOAK_PORT");
        expectInvalid(
                Map.of(
                        "MDT_KEYCLOAK",
                        "embedded",
                        "MDT_OIDC_ISSUER",
                        "https://a.example/r",
                        "MDT_OIDC_CLIENT_SECRET",
                        "s"),
                "MDT_OIDC_ISSUER");
        expectInvalid(Map.of("MDT_OIDC_CLIENT_ID", "mdt-dashboard"), "MDT_OIDC_ISSUER");
        expectInvalid(Map.of("MDT_OIDC_ISSUER", "https://login.example.com/realms/mdt"), "MDT_OIDC_CLIENT_SECRET");
        for (var issuer :
                new String[] {"login.example.com", "ftp://a.example/r", "https://a.example/r?x=1", "https://a b/r"}) {
            expectInvalid(Map.of("MDT_OIDC_ISSUER", issuer, "MDT_OIDC_CLIENT_SECRET", "s"), "MDT_OIDC_ISSUER");
        }
        expectInvalid(
                Map.of(
                        "MDT_OIDC_ISSUER",
                        "https://a.example/r",
                        "MDT_OIDC_CLIENT_SECRET",
                        "s",
                        "MDT_OIDC_AUDIENCE",
                        "${x}"),
                "MDT_OIDC_AUDIENCE");
    }

    private static IdentitySettings read(Map<String, String> env) {
        return LaunchSettings.from(env, Path.of("payara.zip"), KEYCLOAK, Path.of("mdt.ear"), Path.of("a.rar"))
                .identity();
    }

    private static void expectInvalid(Map<String, String> env, String variable) {
        assertThatThrownBy(() -> read(env))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining(variable);
    }
}
