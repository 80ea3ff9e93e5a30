package io.mdt.engine.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PairedBootstrapTest {

    @Test
    void identicalModelsDifferByNothing() {
        var accuracy = Simulated.accuracy(Simulated.correct(500, 0.8, new SplittableRandom(1)));

        Difference d = PairedBootstrap.compare(500, accuracy, accuracy);

        assertThat(d.difference()).isZero();
        assertThat(d.lower()).isZero();
        assertThat(d.upper()).isZero();
        assertThat(d.significant()).isFalse();
        assertThat(d.resamples()).isEqualTo(PairedBootstrap.DEFAULT_RESAMPLES);
    }

    @Test
    void aClearlyBetterChallengerIsSignificant() {
        var random = new SplittableRandom(2);
        var champion = Simulated.accuracy(Simulated.correct(1_000, 0.7, random));
        var challenger = Simulated.accuracy(Simulated.correct(1_000, 0.9, random));

        Difference d = PairedBootstrap.compare(1_000, champion, challenger, 1_000, 3);

        assertThat(d.difference()).isCloseTo(0.2, within(0.05));
        assertThat(d.lower()).isPositive().isLessThan(d.difference());
        assertThat(d.upper()).isGreaterThan(d.difference());
        assertThat(d.significant()).isTrue();
    }

    @Test
    void theSameSeedGivesTheSameInterval() {
        var random = new SplittableRandom(4);
        var first = Simulated.accuracy(Simulated.correct(300, 0.7, random));
        var second = Simulated.accuracy(Simulated.correct(300, 0.75, random));

        assertThat(PairedBootstrap.compare(300, first, second, 200, 9))
                .isEqualTo(PairedBootstrap.compare(300, first, second, 200, 9));
    }

    /**
     * 200 simulated comparisons of a 70% and an 80% accurate classifier on 300 rows: the 95% interval
     * holds the true difference, 0.1, about 95% of the time.
     */
    @Test
    void intervalsCoverTheTrueDifference() {
        var random = new SplittableRandom(5);
        int covered = 0;
        for (int s = 0; s < 200; s++) {
            var first = Simulated.accuracy(Simulated.correct(300, 0.7, random));
            var second = Simulated.accuracy(Simulated.correct(300, 0.8, random));
            Difference d = PairedBootstrap.compare(300, first, second, 500, s);
            covered += d.lower() <= 0.1 && 0.1 <= d.upper() ? 1 : 0;
        }
        assertThat(covered / 200.0).isBetween(0.90, 0.99);
    }

    @Test
    void resamplesOfLargeDataAreCapped() {
        var sizes = new TreeSet<Integer>();
        MetricOnRows size = rows -> {
            sizes.add(rows.length);
            return 0.0;
        };

        PairedBootstrap.compare(150_000, size, size, 2, 1);

        assertThat(sizes).containsExactly(PairedBootstrap.MAX_ROWS_PER_RESAMPLE, 150_000);
    }

    @Test
    void undefinedResamplesAreCountedAndLeftOut() {
        var calls = new AtomicInteger();
        MetricOnRows sometimes = rows -> calls.incrementAndGet() % 2 == 0 ? null : 1.0;

        Difference d = PairedBootstrap.compare(10, rows -> 0.0, sometimes, 100, 1);

        assertThat(d.undefinedResamples()).isEqualTo(50);
        assertThat(d.lower()).isEqualTo(1.0);
        assertThat(d.significant()).isTrue();
    }

    @Test
    void anAlwaysUndefinedMetricHasNoInterval() {
        Difference d = PairedBootstrap.compare(10, rows -> 0.0, rows -> Double.NaN, 20, 1);

        assertThat(d.second()).isNaN();
        assertThat(d.lower()).isNaN();
        assertThat(d.undefinedResamples()).isEqualTo(20);
        assertThat(d.significant()).isFalse();
    }

    @Test
    void rejectsImpossibleArguments() {
        MetricOnRows zero = rows -> 0.0;
        assertThatThrownBy(() -> PairedBootstrap.compare(0, zero, zero)).hasMessageContaining("at least one row");
        assertThatThrownBy(() -> PairedBootstrap.compare(5, zero, zero, 0, 1)).hasMessageContaining("between 1 and");
        assertThatThrownBy(() -> PairedBootstrap.compare(5, zero, zero, 10_001, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
