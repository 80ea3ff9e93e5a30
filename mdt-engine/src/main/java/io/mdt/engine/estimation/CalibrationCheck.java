package io.mdt.engine.estimation;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.FutureTask;
import java.util.stream.IntStream;

/**
 * NannyML's {@code needs_calibration}: scores are recalibrated only when isotonic regression lowers
 * the expected calibration error out of sample. Ten stratified shuffle splits hold out 10% of each
 * class; a regression fitted on the other 90% calibrates the held-out scores; the held-out scores of
 * all splits, pooled, are compared before and after in ten equal-count bins:
 * {@code ECE = sum_b |B_b|/n * |mean score_b - mean label_b|}. Already near-perfect separation (ROC AUC
 * above 0.999) or a single class needs no calibration.
 *
 * <p>The splits are drawn one after the other from one generator, then fitted in parallel; the held-out
 * scores before calibration are sorted by counting the draws of each group, those after by two radix
 * sorts at once. The splits are drawn with a fixed seed of this engine's random generator, not scikit-learn's, so
 * the held-out rows differ from NannyML's while following the same design.
 */
final class CalibrationCheck {

    private static final int SPLITS = 10;
    private static final double TEST_SHARE = 0.1;
    private static final int BINS = 10;
    private static final long SEED = 42;

    private CalibrationCheck() {}

    /** False when the scores need no check: a single class, or near-perfect separation. */
    static boolean applies(SortedScores scores) {
        return scores.positiveCount() > 0 && scores.negativeCount() > 0 && scores.rocAuc() <= 0.999;
    }

    static boolean needed(SortedScores scores) {
        if (!applies(scores)) {
            return false;
        }
        int testPos = held(scores.positiveCount());
        int testNeg = held(scores.negativeCount());
        int[][] pos = new int[SPLITS][testPos];
        int[][] neg = new int[SPLITS][testNeg];
        CountDownLatch[] drawn = new CountDownLatch[SPLITS];
        Arrays.setAll(drawn, split -> new CountDownLatch(1));
        FutureTask<Double> before = new FutureTask<>(() -> {
            try {
                draw(scores, pos, neg, drawn);
            } finally {
                Arrays.stream(drawn).forEach(CountDownLatch::countDown);
            }
            return ece(pooled(scores.values, pos), pooled(scores.values, neg));
        });
        Thread drawing = new Thread(before, "calibration-check-draws");
        drawing.setDaemon(true);
        drawing.start();
        HeldOut held = fitted(scores, pos, neg, drawn);
        ForkJoinTask<?> sortPositives =
                ForkJoinTask.adapt(() -> ScoreSort.sort(held.posAfter)).fork();
        ScoreSort.sort(held.negAfter);
        sortPositives.join();
        return result(before) > ece(held.posAfter, held.negAfter);
    }

    /**
     * Draws the splits one after the other from one generator, releasing each to the fitting workers as
     * soon as it is drawn, so that drawing overlaps fitting while the draws stay those of one sequence.
     */
    private static void draw(SortedScores scores, int[][] pos, int[][] neg, CountDownLatch[] drawn) {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int split = 0; split < SPLITS; split++) {
            sample(scores.positiveGroups, pos[split], random);
            sample(scores.negativeGroups, neg[split], random);
            drawn[split].countDown();
        }
    }

    private static double result(FutureTask<Double> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted in the calibration check", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /**
     * Fits the splits on the available cores (each worker with one workspace, the splits taken in turn)
     * and calibrates their held-out rows; every split writes at its own offset, so the result does not
     * depend on which thread fitted it.
     */
    private static HeldOut fitted(SortedScores scores, int[][] pos, int[][] neg, CountDownLatch[] drawn) {
        HeldOut held = new HeldOut(SPLITS * pos[0].length, SPLITS * neg[0].length);
        int workers = Math.min(SPLITS, Runtime.getRuntime().availableProcessors());
        IntStream.range(0, workers).parallel().forEach(worker -> {
            IsotonicRegression.Workspace work = IsotonicRegression.Workspace.borrow(scores.groups);
            try {
                for (int split = worker; split < SPLITS; split += workers) {
                    awaitDrawn(drawn[split]);
                    IsotonicRegression fitted = IsotonicRegression.fitGroups(
                            scores.values, scores.rows, scores.positives, scores.groups, pos[split], neg[split], work);
                    held.add(split, scores.values, pos[split], neg[split], fitted);
                }
            } finally {
                work.release();
            }
        });
        return held;
    }

    private static void awaitDrawn(CountDownLatch drawn) {
        try {
            drawn.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a calibration split", e);
        }
    }

    /**
     * The held-out scores of all splits before calibration, in ascending order: they are the values of
     * the groups the rows were drawn from, so counting the draws of each group sorts them.
     */
    private static double[] pooled(double[] values, int[][] held) {
        int[] draws = new int[values.length];
        int total = 0;
        for (int[] split : held) {
            for (int g : split) {
                draws[g]++;
            }
            total += split.length;
        }
        double[] pooled = new double[total];
        for (int g = 0, k = 0; k < total; g++) {
            for (int d = 0; d < draws[g]; d++) {
                pooled[k++] = values[g];
            }
        }
        return pooled;
    }

    private static int held(int count) {
        return (int) Math.min(count - 1L, Math.max(1, Math.round(count * TEST_SHARE)));
    }

    /**
     * Knuth's selection sampling (Algorithm S): a uniform sample of {@code into.length} of the items,
     * kept in their order. The items are groups in ascending order, so the sample is too, and every
     * later pass over it reads the group arrays front to back.
     */
    private static void sample(int[] items, int[] into, SplittableRandom random) {
        int selected = 0;
        for (int i = 0; i < items.length && selected < into.length; i++) {
            if ((items.length - i) * random.nextDouble() < into.length - selected) {
                into[selected++] = items[i];
            }
        }
    }

    /**
     * NannyML's {@code _calculate_expected_calibration_error} with its {@code _get_bin_index_edges}:
     * rows sorted by score, bins of {@code n / 10} rows (the last takes the remainder), fewer bins below
     * 20 rows. Labels are binary, so merging each class's ascending scores gives the sorted order.
     */
    private static double ece(double[] positives, double[] negatives) {
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

    /**
     * The held-out scores of every split, by class, before and after calibration, each split at its own
     * offset (so that splits fitted at once on different threads fill the same arrays as one after the
     * other).
     */
    private static final class HeldOut {
        final double[] posBefore;
        final double[] posAfter;
        final double[] negBefore;
        final double[] negAfter;

        HeldOut(int positives, int negatives) {
            posBefore = new double[positives];
            posAfter = new double[positives];
            negBefore = new double[negatives];
            negAfter = new double[negatives];
        }

        /**
         * Writes one split's held-out rows, which come in ascending score order, so that calibrating
         * them is one walk.
         */
        void add(int split, double[] values, int[] pos, int[] neg, IsotonicRegression fitted) {
            write(values, pos, fitted, posBefore, posAfter, split * pos.length);
            write(values, neg, fitted, negBefore, negAfter, split * neg.length);
        }

        private static void write(
                double[] values, int[] groups, IsotonicRegression fitted, double[] before, double[] after, int offset) {
            for (int i = 0; i < groups.length; i++) {
                before[offset + i] = values[groups[i]];
            }
            fitted.predictAscending(before, offset, groups.length, after);
        }
    }
}
