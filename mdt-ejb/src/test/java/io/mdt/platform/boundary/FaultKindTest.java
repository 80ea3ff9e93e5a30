package io.mdt.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FaultKindTest {

    /** As a failed evaluation reaches its listener: the container's wrapper around JPA's around the driver's. */
    private static Throwable asTheListenerSeesIt(Throwable cause) {
        return new EJBException(new PersistenceException("Exception [EclipseLink-4002]", cause));
    }

    private static SQLException withState(String state) {
        return new SQLException("the driver's message", state);
    }

    @ParameterizedTest
    @ValueSource(strings = {"08001", "08006", "08P01", "40001", "40P01", "53300", "53200", "55P03", "57P01", "57P03"})
    void theDatabaseOfTheMomentIsTransient(String state) {
        assertThat(FaultKind.of(asTheListenerSeesIt(withState(state)))).isEqualTo(FaultKind.TRANSIENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"23505", "40002", "22P02", "22003", "42P01", "42703", "57014", "XX000", "5", ""})
    void whatTheSameWindowWouldMeetAgainIsDeterministic(String state) {
        assertThat(FaultKind.of(asTheListenerSeesIt(withState(state)))).isEqualTo(FaultKind.DETERMINISTIC);
    }

    @Test
    void theBrokerAndConnectionsAreTransient() {
        assertThat(FaultKind.of(new EJBException(new JMSRuntimeException("broker gone"))))
                .isEqualTo(FaultKind.TRANSIENT);
        assertThat(FaultKind.of(new IllegalStateException(new JMSException("send failed"))))
                .isEqualTo(FaultKind.TRANSIENT);
        assertThat(FaultKind.of(new EJBException(new ResourceAllocationException("pool exhausted"))))
                .isEqualTo(FaultKind.TRANSIENT);
        assertThat(FaultKind.of(asTheListenerSeesIt(new SQLTransientConnectionException("timed out"))))
                .isEqualTo(FaultKind.TRANSIENT);
        assertThat(FaultKind.of(asTheListenerSeesIt(new SQLException(new ConnectException("refused")))))
                .isEqualTo(FaultKind.TRANSIENT);
        assertThat(FaultKind.of(new LockTimeoutException("lock"))).isEqualTo(FaultKind.TRANSIENT);
        assertThat(FaultKind.of(new jakarta.persistence.OptimisticLockException("changed meanwhile")))
                .isEqualTo(FaultKind.TRANSIENT);
    }

    @Test
    void errorsOfDataAndCodeAreDeterministic() {
        assertThat(FaultKind.of(new EJBException(new IllegalArgumentException("no such column"))))
                .isEqualTo(FaultKind.DETERMINISTIC);
        assertThat(FaultKind.of(new EJBException(new ArithmeticException()))).isEqualTo(FaultKind.DETERMINISTIC);
        assertThat(FaultKind.of(asTheListenerSeesIt(new SQLException("no state"))))
                .isEqualTo(FaultKind.DETERMINISTIC);
    }

    @Test
    void aCauseChainWithACycleEnds() {
        var first = new IllegalStateException("first");
        var second = new IllegalArgumentException("second", first);
        first.initCause(second);

        assertThat(FaultKind.of(first)).isEqualTo(FaultKind.DETERMINISTIC);
    }

    @Test
    void aTransientFaultIsDeliveredAgainUntilTheLastDelivery() {
        assertThat(FaultKind.TRANSIENT.deliverAgain(1, 5)).isTrue();
        assertThat(FaultKind.TRANSIENT.deliverAgain(4, 5)).isTrue();
        assertThat(FaultKind.TRANSIENT.deliverAgain(5, 5)).isFalse();
        assertThat(FaultKind.TRANSIENT.deliverAgain(6, 5)).isFalse();
        assertThat(FaultKind.DETERMINISTIC.deliverAgain(1, 5)).isFalse();
    }
}
