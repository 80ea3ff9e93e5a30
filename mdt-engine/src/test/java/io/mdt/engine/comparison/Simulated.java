package io.mdt.engine.comparison;

import java.util.SplittableRandom;

/** Simulated correctness of classifiers and the accuracy metric on it, for bootstrap tests. */
final class Simulated {

    private Simulated() {}

    /** Each row correct with probability {@code accuracy}, independently. */
    static boolean[] correct(int rows, double accuracy, SplittableRandom random) {
        boolean[] correct = new boolean[rows];
        for (int i = 0; i < rows; i++) {
            correct[i] = random.nextDouble() < accuracy;
        }
        return correct;
    }

    /** Accuracy on the given rows (with repetition); undefined on no rows. */
    static MetricOnRows accuracy(boolean[] correct) {
        return rows -> {
            if (rows.length == 0) {
                return null;
            }
            int right = 0;
            for (int row : rows) {
                right += correct[row] ? 1 : 0;
            }
            return (double) right / rows.length;
        };
    }
}
