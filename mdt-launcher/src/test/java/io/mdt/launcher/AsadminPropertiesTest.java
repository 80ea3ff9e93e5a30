package io.mdt.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AsadminPropertiesTest {

    @Test
    void escapesSeparatorsTwiceForScriptsAndReferencesThePasswordByAlias() {
        var database = new DatabaseAddress("jdbc:postgresql://db:5432/mdt?ssl=true", "app", "never shown");

        assertThat(database.poolProperties("db-alias"))
                .isEqualTo("url=jdbc\\\\:postgresql\\\\://db\\\\:5432/mdt?ssl\\\\=true:user=app"
                        + ":password=${ALIAS\\\\=db-alias}")
                .doesNotContain("never shown");
    }

    @Test
    void configuresTheAdapterForTheBrokerAndItsCredentials() {
        assertThat(new BrokerAddress("mq", 61616, null, null).adapterProperties("mq-alias"))
                .isEqualTo("ConnectionParameters=host\\\\=mq;port\\\\=61616");
        assertThat(new BrokerAddress("mq", 61616, "app", "pw").adapterProperties("mq-alias"))
                .endsWith(":UserName=app:Password=${ALIAS\\\\=mq-alias}")
                .doesNotContain("pw");
    }

    @Test
    void logsInToTheSmtpServerOnlyWithAUserAndThenByPasswordAlias() {
        assertThat(MailSettings.unauthenticated("smtp", 25, "mdt@example.com").loginOptions("smtp-alias"))
                .isEqualTo("--mailuser mdt@example.com --auth false");
        assertThat(new MailSettings("smtp", 587, "mdt@example.com", Optional.of("alerts"), "never shown", true)
                        .loginOptions("smtp-alias"))
                .isEqualTo("--mailuser alerts --auth true --password ${ALIAS=smtp-alias}")
                .doesNotContain("never shown");
    }
}
