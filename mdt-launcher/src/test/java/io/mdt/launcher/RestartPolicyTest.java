package io.mdt.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestartPolicyTest {

    @Test
    void waitsTwiceAsLongBeforeEachFurtherAttempt() {
        assertThat(List.of(1, 2, 3, 4, 5))
                .extracting(RestartPolicy.DEFAULT::delayBefore)
                .containsExactly(
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(4),
                        Duration.ofSeconds(8),
                        Duration.ofSeconds(16));
    }

    @Test
    void hasNoAttemptBeyondItsBound() {
        assertThatThrownBy(() -> RestartPolicy.DEFAULT.delayBefore(6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RestartPolicy(0, Duration.ofSeconds(1), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
