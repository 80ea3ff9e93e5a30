package io.mdt.engine.performance;

import java.util.List;

/**
 * The score-based multiclass metrics: ROC AUC of each score class against the rest, averaged plainly
 * and weighted by the class's actual count (scikit-learn's {@code roc_auc_score(multi_class="ovr")}),
 * and the log loss. scikit-learn raises where these are undefined: a row whose scores do not sum to
 * one ({@code np.allclose(1, sum)}, ROC AUC only; the log loss renormalises), an actual class without
 * a score column, a score class absent from the actuals (ROC AUC only).
 */
final class OneVsRest {

    private final List<String> classes;
    private final ClassCounts counts;
    private final int[] actual;
    private final double[][] scores;

    OneVsRest(List<String> classes, ClassCounts counts, int[] actual, double[][] scores) {
        this.classes = classes;
        this.counts = counts;
        this.actual = actual;
        this.scores = scores;
    }

    /** roc_auc_ovr, roc_auc_ovr_weighted and log_loss, in report order. */
    void put(MetricValues values) {
        String reason = missingColumn();
        if (reason == null) {
            reason = rocAucProblem();
        }
        if (reason != null) {
            values.undefined("roc_auc_ovr", reason);
            values.undefined("roc_auc_ovr_weighted", reason);
        } else {
            rocAuc(values);
        }
        String lossReason = missingColumn();
        if (lossReason == null) {
            values.put("log_loss", logLoss());
        } else {
            values.undefined("log_loss", lossReason);
        }
    }

    private String missingColumn() {
        if (scores == null || scores.length == 0) {
            return MetricValues.NO_SCORE;
        }
        for (int c = 0; c < classes.size(); c++) {
            if (scores[c] == null && counts.actual(c) > 0) {
                return "class " + classes.get(c) + " occurs in the actuals but has no score column";
            }
        }
        return null;
    }

    private String rocAucProblem() {
        for (int i = 0; i < actual.length; i++) {
            double sum = 0;
            for (double[] column : scores) {
                sum += column == null ? 0 : column[i];
            }
            if (!(Math.abs(1 - sum) <= 1e-8 + 1e-5 * Math.abs(sum))) {
                return "the scores of labelled row " + (i + 1) + " sum to " + sum + ", not 1";
            }
        }
        for (int c = 0; c < classes.size(); c++) {
            if (scores[c] != null && (counts.actual(c) == 0 || counts.actual(c) == actual.length)) {
                return "only one class is present in the actuals of class " + classes.get(c) + " against the rest";
            }
        }
        return null;
    }

    private void rocAuc(MetricValues values) {
        double sum = 0;
        double weighted = 0;
        double weights = 0;
        int n = 0;
        boolean[] positive = new boolean[actual.length];
        for (int c = 0; c < classes.size(); c++) {
            if (scores[c] == null) {
                continue;
            }
            for (int i = 0; i < actual.length; i++) {
                positive[i] = actual[i] == c;
            }
            double auc = ScoreRanking.of(positive, scores[c]).rocAuc();
            sum += auc;
            weighted += auc * counts.actual(c);
            weights += counts.actual(c);
            n++;
        }
        values.put("roc_auc_ovr", sum / n);
        values.put("roc_auc_ovr_weighted", weighted / weights);
    }

    private double logLoss() {
        int[] column = new int[classes.size()];
        int k = 0;
        for (int c = 0; c < classes.size(); c++) {
            if (scores[c] != null) {
                column[c] = k++;
            }
        }
        double[][] present = new double[k][];
        int[] rows = new int[actual.length];
        for (int c = 0; c < classes.size(); c++) {
            if (scores[c] != null) {
                present[column[c]] = scores[c];
            }
        }
        for (int i = 0; i < actual.length; i++) {
            rows[i] = column[actual[i]];
        }
        return ProbabilityLoss.logLoss(rows, present);
    }
}
