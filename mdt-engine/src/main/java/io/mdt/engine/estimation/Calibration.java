package io.mdt.engine.estimation;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The map from a class's score to the probability CBPE uses: the isotonic regression of the labels on
 * the scores over the whole reference when {@link CalibrationCheck} finds it lowers the calibration
 * error, else the score itself.
 */
final class Calibration {

    private final IsotonicRegression regression;

    private Calibration(IsotonicRegression regression) {
        this.regression = regression;
    }

    /**
     * The regression over the whole reference is fitted on its own thread while the check runs, since
     * the check leaves a core idle at its start and its end; it is dropped when the check finds no
     * calibration is needed.
     */
    static Calibration fit(SortedScores scores) {
        if (!CalibrationCheck.applies(scores)) {
            return new Calibration(null);
        }
        FutureTask<IsotonicRegression> whole = new FutureTask<>(
                () -> IsotonicRegression.fitGroups(scores.values, scores.rows, scores.positives, scores.groups));
        Thread fitting = new Thread(whole, "calibration-fit");
        fitting.setDaemon(true);
        fitting.start();
        boolean needed = CalibrationCheck.needed(scores);
        try {
            IsotonicRegression regression = whole.get();
            return new Calibration(needed ? regression : null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fitting the calibration", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    boolean recalibrates() {
        return regression != null;
    }

    double apply(double score) {
        return regression == null ? score : regression.predict(score);
    }

    /** {@link #apply} to each of the ascending {@code scores}, in one walk along the regression. */
    double[] applyAscending(double[] scores) {
        if (regression == null) {
            return scores.clone();
        }
        double[] p = new double[scores.length];
        regression.predictAscending(scores, 0, scores.length, p);
        return p;
    }
}
