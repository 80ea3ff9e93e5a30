package io.mdt.engine.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IndependentBootstrapTest {

    @Test
    void twoPeriodsOfTheSameAccuracyDoNotDifferSignificantly() {
        var random = new SplittableRandom(11);
        var before = Simulated.accuracy(Simulated.correct(2_000, 0.8, random));
        var after = Simulated.accuracy(Simulated.correct(1_500, 0.8, random));

        Difference d = IndependentBootstrap.compare(2_000, before, 1_500, after);

        assertThat(d.lower()).isNegative();
        assertThat(d.upper()).isPositive();
        assertThat(d.significant()).isFalse();
    }

    @Test
    void aClearDropIsSignificant() {
        var random = new SplittableRandom(12);
        var before = Simulated.accuracy(Simulated.correct(1_000, 0.85, random));
        var after = Simulated.accuracy(Simulated.correct(800, 0.7, random));

        Difference d = IndependentBootstrap.compare(1_000, before, 800, after, 1_000, 1);

        assertThat(d.difference()).isCloseTo(-0.15, within(0.05));
        assertThat(d.upper()).isNegative();
        assertThat(d.significant()).isTrue();
    }

    @Test
    void theSameSeedGivesTheSameInterval() {
        var random = new SplittableRandom(13);
        var before = Simulated.accuracy(Simulated.correct(300, 0.7, random));
        var after = Simulated.accuracy(Simulated.correct(200, 0.75, random));

        assertThat(IndependentBootstrap.compare(300, before, 200, after, 200, 9))
                .isEqualTo(IndependentBootstrap.compare(300, before, 200, after, 200, 9));
    }

    /** 200 simulated periods of 300 and 200 rows at 80% and 70%: the interval holds -0.1 about 95% of the time. */
    @Test
    void intervalsCoverTheTrueDifference() {
        var random = new SplittableRandom(14);
        int covered = 0;
        for (int s = 0; s < 200; s++) {
            var before = Simulated.accuracy(Simulated.correct(300, 0.8, random));
            var after = Simulated.accuracy(Simulated.correct(200, 0.7, random));
            Difference d = IndependentBootstrap.compare(300, before, 200, after, 500, s);
            covered += d.lower() <= -0.1 && -0.1 <= d.upper() ? 1 : 0;
        }
        assertThat(covered / 200.0).isBetween(0.90, 0.99);
    }
}
