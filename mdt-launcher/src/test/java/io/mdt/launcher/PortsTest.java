package io.mdt.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void aListeningPortIsBusyAndNamedInTheError() throws Exception {
        try (var listener = new ServerSocket(0)) {
            int port = listener.getLocalPort();

            assertThat(Ports.isFree(port)).isFalse();
            assertThatThrownBy(() -> Ports.requireFree(port, "MDT_HTTP_PORT"))
                    .isInstanceOf(LaunchException.class)
                    .hasMessageContaining(String.valueOf(port))
                    .hasMessageContaining("MDT_HTTP_PORT");
        }
    }

    @Test
    void aFreePortIsFree() {
        assertThat(Ports.isFree(Ports.free())).isTrue();
    }

    @Test
    void aChosenPortIsBelowThePortsOfOutgoingConnections() {
        var ports = Ports.free(200, List.of());

        assertThat(Arrays.stream(ports).boxed())
                .allMatch(port -> port >= Ports.LOWEST_CHOSEN && port < Ports.ephemeralStart());
    }

    @Test
    void portsChosenTogetherDifferFromEachOtherAndFromThoseTaken() {
        int taken = Ports.free();

        var ports = Ports.free(200, List.of(taken));

        assertThat(ports).hasSize(200).doesNotHaveDuplicates().doesNotContain(taken);
    }
}
