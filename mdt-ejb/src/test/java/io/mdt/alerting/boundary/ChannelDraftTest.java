package io.mdt.alerting.boundary;

import static io.mdt.alerting.boundary.Fields.messages;
import static io.mdt.alerting.boundary.Fields.violated;
import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.alerting.entity.BodyFormat;
import io.mdt.alerting.entity.Channel.ChannelSettings;
import io.mdt.alerting.entity.ChannelKind;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelDraftTest {

    private static ChannelDraft webhook(String url) {
        return new ChannelDraft("hook", "webhook", url, null, null, null, null, null, null);
    }

    private static ChannelDraft email(List<String> recipients) {
        return new ChannelDraft("mail", "EMAIL", null, null, null, recipients, null, null, null);
    }

    @Test
    void takesAWebhookWithDefaults() {
        assertThat(ChannelDraft.settings(webhook("https://hooks.example.com/mdt?team=ops")))
                .isEqualTo(new ChannelSettings(
                        "hook",
                        ChannelKind.WEBHOOK,
                        "https://hooks.example.com/mdt?team=ops",
                        BodyFormat.ALERTMANAGER,
                        null,
                        List.of(),
                        6,
                        Duration.ofSeconds(2),
                        true));
    }

    @Test
    void takesEveryKindCaseIgnored() {
        assertThat(ChannelDraft.settings(new ChannelDraft(
                        " slack ", "Webhook", " http://h:8080/x ", "slack", "s3cret", null, 3, "PT10S", false)))
                .isEqualTo(new ChannelSettings(
                        "slack",
                        ChannelKind.WEBHOOK,
                        "http://h:8080/x",
                        BodyFormat.SLACK,
                        "s3cret",
                        List.of(),
                        3,
                        Duration.ofSeconds(10),
                        false));
        assertThat(ChannelDraft.settings(new ChannelDraft(
                                "am", "alertmanager", "http://am:9093", null, null, null, null, null, null))
                        .format())
                .isNull();
        assertThat(ChannelDraft.settings(new ChannelDraft("jms", "jms", null, null, null, null, null, null, null))
                        .kind())
                .isEqualTo(ChannelKind.JMS);
        assertThat(ChannelDraft.settings(email(List.of("ops@example.com", " Risk Team <risk@example.com> ")))
                        .recipients())
                .containsExactly("ops@example.com", "Risk Team <risk@example.com>");
    }

    @Test
    void refusesUnknownKindsAndFormats() {
        assertThat(violated(() -> ChannelDraft.settings(
                        new ChannelDraft("x", "pager", null, null, null, null, null, null, null))))
                .containsExactly("kind");
        assertThat(violated(() ->
                        ChannelDraft.settings(new ChannelDraft("x", null, null, null, null, null, null, null, null))))
                .containsExactly("kind");
        assertThat(violated(() -> ChannelDraft.settings(
                        new ChannelDraft("x", "WEBHOOK", "https://h/x", "teams", null, null, null, null, null))))
                .containsExactly("format");
    }

    @Test
    void needsAnAbsoluteHttpUrlWithoutCredentialsForWebhooksAndAlertmanagers() {
        for (var url : Arrays.asList(
                null,
                " ",
                "hooks.example.com/x",
                "/relative",
                "ftp://h/x",
                "https:///nohost",
                "http://h x/",
                "mailto:a@b")) {
            assertThat(violated(() -> ChannelDraft.settings(webhook(url))))
                    .as(url)
                    .containsExactly("url");
        }
        assertThat(messages(() -> ChannelDraft.settings(webhook("https://user:pw@h/x"))))
                .singleElement()
                .asString()
                .contains("credentials");
        assertThat(violated(() -> ChannelDraft.settings(webhook("https://h/" + "x".repeat(2000)))))
                .containsExactly("url");
        assertThat(violated(() -> ChannelDraft.settings(
                        new ChannelDraft("am", "ALERTMANAGER", null, null, null, null, null, null, null))))
                .containsExactly("url");
    }

    @Test
    void needsOneToFiftyDistinctAddressesForEmail() {
        assertThat(violated(() -> ChannelDraft.settings(email(null)))).containsExactly("recipients");
        assertThat(violated(() -> ChannelDraft.settings(email(List.of())))).containsExactly("recipients");
        assertThat(violated(() -> ChannelDraft.settings(email(Collections.nCopies(51, "a@example.com")))))
                .containsExactly("recipients");
        assertThat(violated(() -> ChannelDraft.settings(email(Arrays.asList(
                        "ok@example.com",
                        "nobody",
                        "a@b, c@d",
                        null,
                        "ok@example.com",
                        "a b@c.d",
                        "x@" + "y".repeat(320))))))
                .containsExactly(
                        "recipients[1]",
                        "recipients[2]",
                        "recipients[3]",
                        "recipients[4]",
                        "recipients[5]",
                        "recipients[6]");
    }

    @Test
    void refusesWhatAKindDoesNotUse() {
        assertThat(violated(() -> ChannelDraft.settings(new ChannelDraft(
                        "j", "JMS", "https://h/x", "SLACK", "s", List.of("a@example.com"), null, null, null))))
                .containsExactly("url", "format", "secret", "recipients");
        assertThat(violated(() -> ChannelDraft.settings(new ChannelDraft(
                        "am", "ALERTMANAGER", "http://am:9093", "SLACK", null, null, null, null, null))))
                .containsExactly("format");
    }

    @Test
    void keepsRemovesOrSetsTheSecret() {
        assertThat(ChannelDraft.settings(webhook("https://h/x")).secret())
                .as("absent: kept")
                .isNull();
        assertThat(ChannelDraft.settings(
                                new ChannelDraft("h", "WEBHOOK", "https://h/x", null, "", null, null, null, null))
                        .secret())
                .as("empty: removed")
                .isEmpty();
        assertThat(ChannelDraft.settings(new ChannelDraft("j", "JMS", null, null, null, null, null, null, null))
                        .secret())
                .as("a kind without secrets drops any old one")
                .isEmpty();
        assertThat(violated(() -> ChannelDraft.settings(new ChannelDraft(
                        "h", "WEBHOOK", "https://h/x", null, "s".repeat(501), null, null, null, null))))
                .containsExactly("secret");
    }

    @Test
    void boundsAttemptsAndTheRetryDelay() {
        for (var attempts : List.of(0, 21, -1)) {
            assertThat(violated(() -> ChannelDraft.settings(
                            new ChannelDraft("j", "JMS", null, null, null, null, attempts, null, null))))
                    .containsExactly("maxAttempts");
        }
        for (var delay : List.of("PT0S", "PT0.5S", "PT1H1S", "2s", "-PT2S")) {
            assertThat(violated(() -> ChannelDraft.settings(
                            new ChannelDraft("j", "JMS", null, null, null, null, null, delay, null))))
                    .containsExactly("retryDelay");
        }
        var extremes = ChannelDraft.settings(new ChannelDraft("j", "JMS", null, null, null, null, 20, "PT1H", null));
        assertThat(extremes.maxAttempts()).isEqualTo(20);
        assertThat(extremes.retryDelay()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void listsEveryBrokenRuleAtOnce() {
        assertThat(violated(() -> ChannelDraft.settings(
                        new ChannelDraft(null, "WEBHOOK", "nope", "x", null, null, 99, "soon", null))))
                .containsExactly("name", "url", "format", "maxAttempts", "retryDelay");
        assertThat(violated(() -> ChannelDraft.settings(null))).containsExactly("body");
    }
}
