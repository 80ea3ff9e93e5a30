package io.mdt.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mdt.launcher.Stack;
import io.restassured.http.ContentType;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Payara's admin interface, which can change everything in the server, requires the
 * generated administrator's password and answers on the loopback interface only.
 */
@ExtendWith(RunningMdt.class)
class AdminConsoleIT {

    private static final String DOMAIN = "/management/domain";
    private static final String ADMIN_LISTENER =
            DOMAIN + "/configs/config/server-config/network-config/network-listeners/network-listener/admin-listener";

    private final Stack stack;
    private final Mdt mdt;

    AdminConsoleIT(Stack stack, Mdt mdt) {
        this.stack = stack;
        this.mdt = mdt;
    }

    @Test
    void restInterfaceRefusesNoPasswordAnEmptyOneAndAWrongOne() {
        given().baseUri(stack.settings().adminUrl())
                .accept(ContentType.JSON)
                .get(DOMAIN)
                .then()
                .statusCode(401);
        for (var password : new String[] {"", "admin", mdt.consolePassword() + "x"}) {
            given().baseUri(stack.settings().adminUrl())
                    .auth()
                    .preemptive()
                    .basic("admin", password)
                    .accept(ContentType.JSON)
                    .get(DOMAIN)
                    .then()
                    .statusCode(401);
        }
    }

    @Test
    void restInterfaceAnswersTheGeneratedPassword() {
        given().baseUri(stack.settings().adminUrl())
                .auth()
                .preemptive()
                .basic("admin", mdt.consolePassword())
                .accept(ContentType.JSON)
                .get(DOMAIN)
                .then()
                .statusCode(200);
    }

    @Test
    void listensOnTheLoopbackInterfaceOnly() throws Exception {
        var address = given().baseUri(stack.settings().adminUrl())
                .auth()
                .preemptive()
                .basic("admin", mdt.consolePassword())
                .accept(ContentType.JSON)
                .get(ADMIN_LISTENER)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("extraProperties.entity.address");
        assertThat(address).isEqualTo("127.0.0.1");

        var external = nonLoopbackAddress();
        assumeTrue(external.isPresent(), "this machine has no interface but loopback");
        try (var socket = new Socket()) {
            assertThatThrownBy(() -> socket.connect(
                            new InetSocketAddress(
                                    external.get(), stack.settings().adminPort()),
                            2_000))
                    .isInstanceOf(java.io.IOException.class);
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
    }
}
