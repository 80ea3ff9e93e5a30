package io.mdt.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.launcher.Stack;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the launcher configured in the running domain for alerting, read back through
 * Payara's admin REST API: the mail session {@code mail/mdt} points at this run's SMTP
 * server, and {@code mdt.dashboard.url} is this start's own dashboard, on its free port
 * rather than the default's 8080.
 */
@ExtendWith(RunningMdt.class)
class ServerResourcesIT {

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
