package io.mdt.engine.estimation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The radix sort of scores orders as {@link Arrays#sort} does, ties, zeros and ones included. */
class ScoreSortTest {

    @Test
    void sortsAsAComparisonSort() {
        Random random = new Random(5);
        for (int n : new int[] {0, 1, 100, 5_000, 200_000}) {
            double[] scores = new double[n];
            for (int i = 0; i < n; i++) {
                int kind = random.nextInt(4);
                scores[i] = kind == 0
                        ? 0
                        : kind == 1 ? 1 : kind == 2 ? Math.round(random.nextDouble() * 20) / 20.0 : random.nextDouble();
            }
            double[] expected = scores.clone();
            Arrays.sort(expected);
            ScoreSort.sort(scores);
            assertThat(scores).as("n = %d", n).containsExactly(expected);
        }
    }
}
