package io.mdt.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.launcher.Stack;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the launcher configured in the running domain for alerting, read back through
 * Payara's admin REST API: the mail session {@code mail/mdt} points at this run's SMTP
 * server, and {@code mdt.dashboard.url} is this start's own dashboard, on its free port
 * rather than the default's 8080; the broker client's pool has a thread for every session of
 * MDT's listeners.
 */
@ExtendWith(RunningMdt.class)
class ServerResourcesIT {

    /** Every queue a listener of MDT consumes, each session of a listener one consumer. */
    private static final List<String> LISTENED_QUEUES = List.of(
            "model-commands",
            "mdt.predictions",
            "mdt.actuals",
            "mdt.evaluations",
            "mdt.alerting",
            "mdt.notifications",
            "mdt.retraining",
            "mdt.mlflow");

    private static final String CLIENT_THREADS = "-Dactivemq.artemis.client.global.thread.pool.max.size=";

    private final Stack stack;
    private final Mdt mdt;

    ServerResourcesIT(Stack stack, Mdt mdt) {
        this.stack = stack;
        this.mdt = mdt;
    }

    @Test
    void mailSessionSendsToTheRunsSmtpServerWithoutLoggingIn(MailServer mail) {
        var session = admin("/resources/mail-resource/mail%2Fmdt").getMap("extraProperties.entity");
        var properties = admin("/resources/mail-resource/mail%2Fmdt/property");

        assertThat(session)
                .containsEntry("host", mail.host())
                .containsEntry("from", RunningMdt.MAIL_FROM)
                .containsEntry("auth", "false");
        assertThat(property(properties, "mail.smtp.port")).isEqualTo(String.valueOf(mail.port()));
        assertThat(property(properties, "mail.smtp.starttls.required")).isEqualTo("false");
    }

    @Test
    void dashboardUrlIsThisStartsOwn(Mdt mdt) {
        var properties = admin("/property");

        assertThat(property(properties, "payara.microprofile.mdt.dashboard.url"))
                .isEqualTo(mdt.baseUrl());
    }

    @Test
    void theBrokerClientHasAThreadForEveryListenerSession() throws Exception {
        int sessions = 0;
        try (var broker = new Broker(mdt)) {
            for (var queue : LISTENED_QUEUES) {
                sessions += broker.consumers(queue);
            }
        }
        var options = admin("/configs/config/server-config/java-config/jvm-options")
                .getList("extraProperties.leafList")
                .toString();
        var threads = Pattern.compile(Pattern.quote(CLIENT_THREADS) + "(\\d+)").matcher(options);

        assertThat(sessions).isGreaterThanOrEqualTo(LISTENED_QUEUES.size());
        assertThat(threads.find()).as("%s in %s", CLIENT_THREADS, options).isTrue();
        assertThat(Integer.parseInt(threads.group(1))).isGreaterThan(sessions);
    }

    private JsonPath admin(String path) {
        return given().baseUri(stack.settings().adminUrl())
                .urlEncodingEnabled(false)
                .auth()
                .preemptive()
                .basic("admin", mdt.consolePassword())
                .accept(ContentType.JSON)
                .get("/management/domain" + path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static String property(JsonPath properties, String name) {
        return properties.getString("extraProperties.properties.find { it.name == '" + name + "' }.value");
    }
}
