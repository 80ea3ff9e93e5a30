package io.mdt.engine.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Selection gives exactly the middle values of a full sort, on random, tied and adversarial inputs. */
class MedianTest {

    @Test
    void equalsTheMiddleOfASort() {
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 1; n <= 300; n++) {
            int size = n;
            check(n, i -> random.nextDouble());
            check(n, i -> random.nextInt(5));
            check(n, i -> i);
            check(n, i -> size - i);
            check(n, i -> Math.min(i, size - i));
            check(n, i -> 3.0);
            check(n, i -> i % 2 == 0 ? 0.0 : 1e300);
        }
        check(1_000_001, i -> random.nextGaussian());
        check(1_000_000, i -> Math.abs(random.nextGaussian()));
    }

    @Test
    void evenCountAveragesTheTwoMiddleValues() {
        assertThat(Median.of(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
        assertThat(Median.of(new double[] {7})).isEqualTo(7);
    }

    private static void check(int n, IntToDoubleFunction value) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = value.applyAsDouble(i);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double expected = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        assertThat(Median.of(values)).as("n = %d", n).isEqualTo(expected);
        Arrays.sort(values);
        assertThat(values).as("a permutation").isEqualTo(sorted);
    }
}
