package io.mdt.retraining.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HoldOutTest {

    @Test
    void aboutTheShareOfIdsIsHeldOut() {
        long held = IntStream.range(0, 20_000)
                .filter(i -> HoldOut.holds("prediction-" + i, 0.2))
                .count();

        assertThat(held / 20_000.0).isCloseTo(0.2, within(0.01));
    }

    @Test
    void anIdIsOnTheSameSideEveryTimeAndAWiderShareKeepsItOut() {
        for (int i = 0; i < 1_000; i++) {
            var id = "p" + i;
            assertThat(HoldOut.holds(id, 0.2)).isEqualTo(HoldOut.holds(id, 0.2));
            if (HoldOut.holds(id, 0.2)) {
                assertThat(HoldOut.holds(id, 0.3)).isTrue();
            }
        }
    }
}
