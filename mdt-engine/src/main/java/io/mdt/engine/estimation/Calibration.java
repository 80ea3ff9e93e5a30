package io.mdt.engine.estimation;

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

    static Calibration fit(SortedScores scores) {
        if (!CalibrationCheck.needed(scores)) {
            return new Calibration(null);
        }
        return new Calibration(
                IsotonicRegression.fitGroups(scores.values, scores.rows, scores.positives, scores.groups));
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
