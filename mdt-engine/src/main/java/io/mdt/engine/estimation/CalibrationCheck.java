package io.mdt.engine.estimation;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * NannyML's {@code needs_calibration}: scores are recalibrated only when isotonic regression lowers
 * the expected calibration error out of sample. Ten stratified shuffle splits hold out 10% of each
 * class; a regression fitted on the other 90% calibrates the held-out scores; the held-out scores of
 * all splits, pooled, are compared before and after in ten equal-count bins:
 * {@code ECE = sum_b |B_b|/n * |mean score_b - mean label_b|}. Already near-perfect separation (ROC AUC
 * above 0.999) or a single class needs no calibration.
 *
 * <p>The splits are drawn with a fixed seed of this engine's random generator, not scikit-learn's, so
 * the held-out rows differ from NannyML's while following the same design.
 */
final class CalibrationCheck {

    private static final int SPLITS = 10;
    private static final double TEST_SHARE = 0.1;
    private static final int BINS = 10;
    private static final long SEED = 42;

    private CalibrationCheck() {}

    static boolean needed(SortedScores scores) {
        if (scores.positiveCount() == 0 || scores.negativeCount() == 0 || scores.rocAuc() > 0.999) {
            return false;
        }
        SplittableRandom random = new SplittableRandom(SEED);
        int[] pos = scores.positiveGroups.clone();
        int[] neg = scores.negativeGroups.clone();
        int testPos = held(pos.length);
        int testNeg = held(neg.length);
        HeldOut held = new HeldOut(SPLITS * testPos, SPLITS * testNeg);
        for (int split = 0; split < SPLITS; split++) {
            sample(pos, testPos, random);
            sample(neg, testNeg, random);
            hold(scores, pos, testPos, neg, testNeg, -1);
            IsotonicRegression fitted =
                    IsotonicRegression.fitGroups(scores.values, scores.rows, scores.positives, scores.groups);
            hold(scores, pos, testPos, neg, testNeg, 1);
            held.add(scores.values, pos, testPos, neg, testNeg, fitted);
        }
        return ece(held.posBefore, held.negBefore) > ece(held.posAfter, held.negAfter);
    }

    /** Takes the held-out rows out of the counts ({@code sign} -1) or puts them back (+1), in place. */
    private static void hold(SortedScores scores, int[] pos, int testPos, int[] neg, int testNeg, int sign) {
        for (int i = 0; i < testPos; i++) {
            scores.rows[pos[i]] += sign;
            scores.positives[pos[i]] += sign;
        }
        for (int i = 0; i < testNeg; i++) {
            scores.rows[neg[i]] += sign;
        }
    }

    private static int held(int count) {
        return (int) Math.min(count - 1L, Math.max(1, Math.round(count * TEST_SHARE)));
    }

    /** Moves a uniform sample of {@code k} entries to the front (partial Fisher-Yates). */
    private static void sample(int[] items, int k, SplittableRandom random) {
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(items.length - i);
            int swap = items[i];
            items[i] = items[j];
            items[j] = swap;
        }
    }

    /**
     * NannyML's {@code _calculate_expected_calibration_error} with its {@code _get_bin_index_edges}:
     * rows sorted by score, bins of {@code n / 10} rows (the last takes the remainder), fewer bins below
     * 20 rows. Labels are binary, so sorting each class's scores and merging them gives the sorted order.
     */
    static double ece(double[] positives, double[] negatives) {
        Arrays.sort(positives);
        Arrays.sort(negatives);
        int n = positives.length + negatives.length;
        int bins = n <= 2 * BINS ? n / 2 : BINS;
        if (bins < 2) {
            throw new IllegalArgumentException("too few rows to bin for the calibration error: " + n);
        }
        int width = n / bins;
        int binCount = n / width;
        double error = 0;
        int a = 0;
        int b = 0;
        for (int bin = 0; bin < binCount; bin++) {
            int end = bin == binCount - 1 ? n : (bin + 1) * width;
            double scoreSum = 0;
            int labels = 0;
            int size = end - bin * width;
            for (int i = 0; i < size; i++) {
                boolean takePositive = b == negatives.length || (a < positives.length && positives[a] <= negatives[b]);
                scoreSum += takePositive ? positives[a++] : negatives[b++];
                labels += takePositive ? 1 : 0;
            }
            error += (double) size / n * Math.abs(scoreSum / size - (double) labels / size);
        }
        return error;
    }

    /** The held-out scores of every split, by class, before and after calibration. */
    private static final class HeldOut {
        final double[] posBefore;
        final double[] posAfter;
        final double[] negBefore;
        final double[] negAfter;
        int p;
        int q;

        HeldOut(int positives, int negatives) {
            posBefore = new double[positives];
            posAfter = new double[positives];
            negBefore = new double[negatives];
            negAfter = new double[negatives];
        }

        /**
         * Appends one split's held-out rows in ascending score order, so that each array is a few sorted
         * runs, which {@link Arrays#sort} merges rather than sorts, and calibrating them is one walk.
         */
        void add(double[] values, int[] pos, int testPos, int[] neg, int testNeg, IsotonicRegression fitted) {
            p = append(values, pos, testPos, fitted, posBefore, posAfter, p);
            q = append(values, neg, testNeg, fitted, negBefore, negAfter, q);
        }

        private static int append(
                double[] values,
                int[] groups,
                int count,
                IsotonicRegression fitted,
                double[] before,
                double[] after,
                int offset) {
            int[] sorted = Arrays.copyOf(groups, count);
            Arrays.sort(sorted);
            for (int i = 0; i < count; i++) {
                before[offset + i] = values[sorted[i]];
            }
            fitted.predictAscending(before, offset, count, after);
            return offset + count;
        }
    }
}
