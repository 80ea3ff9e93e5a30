package io.mdt.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AsadminSummaryTest {

    @Test
    void linesNamingAnErrorAreQuoted() {
        var output =
                "Waiting for the domain to start\nRemote server error: Invalid target mdt-grp\nCommand deploy failed.\n";

        assertThat(Asadmin.summary(output)).isEqualTo("Remote server error: Invalid target mdt-grp");
    }

    @Test
    void withoutAnErrorLineTheLastLinesBeforeTheFailureAreQuoted() {
        var output = "Waiting for mdt-1 to start ....\n"
                + "There is a process already using the admin port 24848 -- it probably is another instance.\n"
                + "Command start-local-instance failed.\n";

        assertThat(Asadmin.summary(output))
                .isEqualTo("Waiting for mdt-1 to start .... | There is a process already using the admin port 24848"
                        + " -- it probably is another instance.");
    }

    @Test
    void anEmptyOutputHasNoDetail() {
        assertThat(Asadmin.summary("Command stop-domain failed.\n")).isEqualTo("no detail");
    }
}
