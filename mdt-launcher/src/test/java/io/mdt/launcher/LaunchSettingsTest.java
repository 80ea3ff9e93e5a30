package io.mdt.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LaunchSettingsTest {

    private static final Path ZIP = Path.of("payara.zip");
    private static final Path EAR = Path.of("mdt.ear");
    private static final Path RAR = Path.of("artemis-rar.rar");

    @Test
    void defaultsToEmbeddedServicesOnTheUsualPorts() {
        var settings = LaunchSettings.from(Map.of("MDT_HOME", "/srv/mdt"), ZIP, EAR, RAR);

        assertThat(settings.home()).isEqualTo(Path.of("/srv/mdt"));
        assertThat(settings.httpPort()).isEqualTo(8080);
        assertThat(settings.adminPort()).isEqualTo(4848);
        assertThat(settings.dbPort()).isEqualTo(15432);
        assertThat(settings.brokerPort()).isEqualTo(61616);
        assertThat(settings.database()).isEmpty();
        assertThat(settings.broker()).isEmpty();
        assertThat(settings.baseUrl()).isEqualTo("http://localhost:8080");
        assertThat(settings.evaluationWorkers()).isEqualTo(2);
        assertThat(settings.ingestionConsumers()).isEqualTo(4);
        assertThat(settings.durableDatabase()).isTrue();
        assertThat(settings.mail()).isEqualTo(MailSettings.unauthenticated("localhost", 25, "mdt@localhost"));
        assertThat(settings.dashboardUrl()).isEqualTo("http://localhost:8080");
        assertThat(settings.clustered()).isFalse();
        assertThat(settings.serverUrls()).containsExactly("http://localhost:8080");
    }

    @Test
    void runsADeploymentGroupOnConsecutivePortsFromTheHttpPort() {
        var settings = LaunchSettings.from(Map.of("MDT_INSTANCES", "3", "MDT_HTTP_PORT", "18080"), ZIP, EAR, RAR);

        assertThat(settings.clustered()).isTrue();
        assertThat(settings.serverUrls())
                .containsExactly("http://localhost:18080", "http://localhost:18081", "http://localhost:18082");
        assertThat(settings.baseUrl()).isEqualTo("http://localhost:18080");
        for (var bad : new String[] {"0", "9", "two"}) {
            assertThatThrownBy(() -> LaunchSettings.from(Map.of("MDT_INSTANCES", bad), ZIP, EAR, RAR))
                    .isInstanceOf(InvalidSettingException.class)
                    .hasMessageContaining("MDT_INSTANCES");
        }
    }

    @Test
    void linksToTheDashboardOnTheHttpPortAndTheBindAddressWhenItNamesOneInterface() {
        assertThat(LaunchSettings.from(Map.of("MDT_HTTP_PORT", "18080"), ZIP, EAR, RAR)
                        .dashboardUrl())
                .isEqualTo("http://localhost:18080");
        assertThat(LaunchSettings.localDashboardUrl("10.1.2.3", 8080)).isEqualTo("http://10.1.2.3:8080");
        assertThat(LaunchSettings.localDashboardUrl("0.0.0.0", 8080)).isEqualTo("http://localhost:8080");
        assertThat(LaunchSettings.localDashboardUrl("::", 8080)).isEqualTo("http://localhost:8080");
        assertThat(LaunchSettings.localDashboardUrl("fd00::5", 8080)).isEqualTo("http://[fd00::5]:8080");
    }

    @Test
    void takesTheDashboardUrlFromTheEnvironmentWithoutItsTrailingSlash() {
        assertThat(LaunchSettings.from(Map.of("MDT_DASHBOARD_URL", "https://mdt.example.com/"), ZIP, EAR, RAR)
                        .dashboardUrl())
                .isEqualTo("https://mdt.example.com");
        assertThat(LaunchSettings.from(Map.of("MDT_DASHBOARD_URL", "https://example.com/mdt"), ZIP, EAR, RAR)
                        .dashboardUrl())
                .isEqualTo("https://example.com/mdt");
        for (var bad : new String[] {"mdt.example.com", "ftp://mdt.example.com", "https://mdt example.com"}) {
            assertThatThrownBy(() -> LaunchSettings.from(Map.of("MDT_DASHBOARD_URL", bad), ZIP, EAR, RAR))
                    .isInstanceOf(InvalidSettingException.class)
                    .hasMessageContaining("MDT_DASHBOARD_URL");
        }
    }

    @Test
    void readsTheSmtpServerItsLoginAndStartTls() {
        var settings = LaunchSettings.from(
                Map.of(
                        "MDT_SMTP_HOST", "smtp.example.com",
                        "MDT_SMTP_PORT", "587",
                        "MDT_MAIL_FROM", "mdt-alerts@example.com",
                        "MDT_SMTP_USER", "alerts@example.com",
                        "MDT_SMTP_PASSWORD", "s3cret: with spaces",
                        "MDT_SMTP_STARTTLS", "on"),
                ZIP,
                EAR,
                RAR);

        assertThat(settings.mail())
                .isEqualTo(new MailSettings(
                        "smtp.example.com",
                        587,
                        "mdt-alerts@example.com",
                        Optional.of("alerts@example.com"),
                        "s3cret: with spaces",
                        true));
    }

    @Test
    void rejectsMailSettingsThatCannotBeRightNamingTheVariable() {
        assertThatThrownBy(() -> LaunchSettings.from(Map.of("MDT_SMTP_PORT", "25a"), ZIP, EAR, RAR))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("MDT_SMTP_PORT must be a port number between 1 and 65535, got '25a'");
        assertThatThrownBy(() -> LaunchSettings.from(Map.of("MDT_SMTP_HOST", "smtp host"), ZIP, EAR, RAR))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("MDT_SMTP_HOST");
        assertThatThrownBy(() -> LaunchSettings.from(Map.of("MDT_MAIL_FROM", "MDT <mdt@example.com>"), ZIP, EAR, RAR))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("MDT_MAIL_FROM");
        assertThatThrownBy(() -> LaunchSettings.from(
                        Map.of("MDT_SMTP_USER", "${ALIAS=x}", "MDT_SMTP_PASSWORD", "pw"), ZIP, EAR, RAR))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("MDT_SMTP_USER");
        assertThatThrownBy(() -> LaunchSettings.from(Map.of("MDT_SMTP_STARTTLS", "true"), ZIP, EAR, RAR))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("MDT_SMTP_STARTTLS must be on or off");
    }

    @Test
    void wantsTheSmtpUserAndPasswordTogether() {
        assertThatThrownBy(() -> LaunchSettings.from(Map.of("MDT_SMTP_USER", "alerts"), ZIP, EAR, RAR))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("MDT_SMTP_USER and MDT_SMTP_PASSWORD");
        assertThatThrownBy(() -> LaunchSettings.from(Map.of("MDT_SMTP_PASSWORD", "pw"), ZIP, EAR, RAR))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("MDT_SMTP_USER and MDT_SMTP_PASSWORD");
    }

    @Test
    void runsTheDatabaseWithoutFlushingOnlyWhenTurnedOffInSoManyWords() {
        assertThat(LaunchSettings.from(Map.of("MDT_DB_DURABILITY", "off"), ZIP, EAR, RAR)
                        .durableDatabase())
                .isFalse();
        assertThat(LaunchSettings.from(Map.of("MDT_DB_DURABILITY", "on"), ZIP, EAR, RAR)
                        .durableDatabase())
                .isTrue();
        assertThatThrownBy(() -> LaunchSettings.from(Map.of("MDT_DB_DURABILITY", "false"), ZIP, EAR, RAR))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("MDT_DB_DURABILITY must be on or off");
    }

    @Test
    void readsThePoolSizesAndRejectsOnesThatAreNotCountsNamingTheVariable() {
        var settings = LaunchSettings.from(
                Map.of("MDT_EVALUATION_WORKERS", "6", "MDT_INGESTION_CONSUMERS", " 8 "), ZIP, EAR, RAR);

        assertThat(settings.evaluationWorkers()).isEqualTo(6);
        assertThat(settings.ingestionConsumers()).isEqualTo(8);
        assertThatThrownBy(() -> LaunchSettings.from(Map.of("MDT_EVALUATION_WORKERS", "0"), ZIP, EAR, RAR))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("MDT_EVALUATION_WORKERS");
        assertThatThrownBy(() -> LaunchSettings.from(Map.of("MDT_INGESTION_CONSUMERS", "many"), ZIP, EAR, RAR))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("MDT_INGESTION_CONSUMERS");
    }

    @Test
    void readsExternalServices() {
        var settings = LaunchSettings.from(
                Map.of(
                        "MDT_DB_URL", "jdbc:postgresql://db:5432/mdt",
                        "MDT_DB_USER", "app",
                        "MDT_DB_PASSWORD", "secret",
                        "MDT_BROKER_URL", "tcp://broker:61617",
                        "MDT_BROKER_USER", "mq",
                        "MDT_BROKER_PASSWORD", "pw"),
                ZIP,
                EAR,
                RAR);

        assertThat(settings.database()).contains(new DatabaseAddress("jdbc:postgresql://db:5432/mdt", "app", "secret"));
        assertThat(settings.broker()).contains(new BrokerAddress("broker", 61617, "mq", "pw"));
    }

    @Test
    void rejectsAPortThatIsNotOneNamingTheVariable() {
        assertThatThrownBy(() -> LaunchSettings.from(Map.of("MDT_HTTP_PORT", "80800"), ZIP, EAR, RAR))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("MDT_HTTP_PORT");
        assertThatThrownBy(() -> LaunchSettings.from(Map.of("MDT_DB_PORT", "pg"), ZIP, EAR, RAR))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("MDT_DB_PORT");
    }

    @Test
    void wantsTheBrokerUserAndPasswordTogetherAndAUserThatFitsAScript() {
        assertThatThrownBy(() -> LaunchSettings.from(
                        Map.of("MDT_BROKER_URL", "tcp://broker:61616", "MDT_BROKER_USER", "mdt"), ZIP, EAR, RAR))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("MDT_BROKER_USER and MDT_BROKER_PASSWORD go together: set both or neither");
        assertThatThrownBy(() -> LaunchSettings.from(
                        Map.of("MDT_BROKER_URL", "tcp://broker:61616", "MDT_BROKER_PASSWORD", "pw"), ZIP, EAR, RAR))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("MDT_BROKER_USER and MDT_BROKER_PASSWORD");
        assertThatThrownBy(() -> LaunchSettings.from(
                        Map.of(
                                "MDT_BROKER_URL", "tcp://broker:61616",
                                "MDT_BROKER_USER", "mdt server",
                                "MDT_BROKER_PASSWORD", "pw"),
                        ZIP,
                        EAR,
                        RAR))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("MDT_BROKER_USER must be");
    }

    @Test
    void logsThePoolAndTheAdapterInWithThePasswordAliasNeverThePassword() {
        var broker = new BrokerAddress("broker", 61616, "mdt-server", "s3cret");

        assertThat(broker.poolOptions("mdt-broker-password"))
                .isEqualTo("--property UserName=mdt-server:Password=${ALIAS\\\\=mdt-broker-password}");
        assertThat(broker.adapterProperties("mdt-broker-password"))
                .contains("UserName=mdt-server")
                .doesNotContain("s3cret");
        assertThat(broker.toString()).doesNotContain("s3cret");
        assertThat(new BrokerAddress("broker", 61616, null, null).poolOptions("mdt-broker-password"))
                .isEmpty();
    }

    @Test
    void bindsTheAdminConsoleToLoopbackUnlessAnIpAddressOpensIt() {
        assertThat(LaunchSettings.from(Map.of(), ZIP, EAR, RAR).adminBindAddress())
                .isEqualTo("127.0.0.1");
        assertThat(LaunchSettings.from(Map.of("MDT_ADMIN_BIND_ADDRESS", "0.0.0.0"), ZIP, EAR, RAR)
                        .adminBindAddress())
                .isEqualTo("0.0.0.0");
        assertThat(LaunchSettings.from(Map.of("MDT_ADMIN_BIND_ADDRESS", "fd00::5"), ZIP, EAR, RAR)
                        .adminBindAddress())
                .isEqualTo("fd00::5");
        for (var bad : new String[] {"localhost", "10.0.0.256", "admin.example.com", "10.0.0.1:4848", "1.2.3"}) {
            assertThatThrownBy(() -> LaunchSettings.from(Map.of("MDT_ADMIN_BIND_ADDRESS", bad), ZIP, EAR, RAR))
                    .isInstanceOf(InvalidSettingException.class)
                    .hasMessage("MDT_ADMIN_BIND_ADDRESS must be an IP address such as 127.0.0.1 or 0.0.0.0, got '" + bad
                            + "'");
        }
    }

    @Test
    void reachesAnOpenedAdminListenerOverHttpsWhereItListens() {
        assertThat(LaunchSettings.from(Map.of(), ZIP, EAR, RAR).adminUrl()).isEqualTo("http://localhost:4848");
        var everywhere = LaunchSettings.from(Map.of("MDT_ADMIN_BIND_ADDRESS", "0.0.0.0"), ZIP, EAR, RAR);
        assertThat(everywhere.adminLoopbackOnly()).isFalse();
        assertThat(everywhere.adminHost()).isEqualTo("localhost");
        assertThat(everywhere.adminUrl()).isEqualTo("https://localhost:4848");
        var oneInterface = LaunchSettings.from(Map.of("MDT_ADMIN_BIND_ADDRESS", "10.1.2.3"), ZIP, EAR, RAR);
        assertThat(oneInterface.adminHost()).isEqualTo("10.1.2.3");
        assertThat(oneInterface.adminUrl()).isEqualTo("https://10.1.2.3:4848");
        assertThat(LaunchSettings.from(Map.of("MDT_ADMIN_BIND_ADDRESS", "fd00::5"), ZIP, EAR, RAR)
                        .adminUrl())
                .isEqualTo("https://[fd00::5]:4848");
        assertThat(LaunchSettings.from(Map.of("MDT_ADMIN_BIND_ADDRESS", "::1"), ZIP, EAR, RAR)
                        .adminLoopbackOnly())
                .isTrue();
    }

    @Test
    void rejectsABrokerUrlThatIsNotTcp() {
        assertThatThrownBy(() -> LaunchSettings.from(Map.of("MDT_BROKER_URL", "amqp://broker"), ZIP, EAR, RAR))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("tcp://host:61616");
    }
}
