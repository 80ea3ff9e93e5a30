package io.mdt.engine.estimation;

import io.mdt.engine.data.Column;
import io.mdt.engine.data.NumericalColumn;
import io.mdt.engine.performance.ClassLabels;
import io.mdt.engine.performance.Estimate;
import io.mdt.engine.performance.PerformanceSpec;
import io.mdt.engine.performance.Task;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinTask;

/**
 * Confidence-based performance estimation (NannyML's CBPE): a classifier's metrics on data without
 * actuals, from its scores alone. On the reference each class's scores are calibrated one-vs-rest
 * ({@link Calibration}); on a chunk the calibrated probabilities give the confusion matrix the chunk is
 * expected to have ({@link ExpectedConfusion}) and its expected ROC curve ({@link ExpectedRocAuc}).
 * Multiclass probabilities are renormalised to sum to one per row after calibration (uniform when all
 * are 0). The estimate holds while the score-to-label relation stays as in the reference (covariate
 * shift); under concept drift it does not.
 */
public final class Cbpe {

    private final List<String> classes;
    private final double threshold;
    private final Calibration[] calibrations;
    private final ClassificationSamplingError errors;

    private Cbpe(
            List<String> classes, double threshold, Calibration[] calibrations, ClassificationSamplingError errors) {
        this.classes = classes;
        this.threshold = threshold;
        this.calibrations = calibrations;
        this.errors = errors;
    }

    /**
     * Learns the calibration and sampling errors from the reference rows that have a target.
     *
     * @param referencePrediction predicted labels, or null to derive them from the scores
     * @param referenceScores one column per entry of the spec's score labels (the positive class's for binary)
     * @throws IllegalArgumentException for fewer than 100 labelled rows, a single class, or invalid scores
     */
    public static Cbpe fit(
            PerformanceSpec spec,
            Column referenceTarget,
            Column referencePrediction,
            List<NumericalColumn> referenceScores) {
        List<String> classes = classes(spec);
        ReferenceRows reference = ReferenceRows.of(referenceTarget, classes);
        int[] actual = reference.actual();
        ClassifierOutputs outputs = ClassifierOutputs.read(
                classes, spec.threshold(), referencePrediction, referenceScores, reference.rows());
        SortedScores[] sorted = new SortedScores[classes.size()];
        Calibration[] calibrations = new Calibration[classes.size()];
        for (int k = 0; k < sorted.length; k++) {
            boolean[] isClass = new boolean[actual.length];
            for (int i = 0; i < actual.length; i++) {
                isClass[i] = actual[i] == k;
            }
            sorted[k] = SortedScores.of(outputs.scores()[k], isClass);
            calibrations[k] = Calibration.fit(sorted[k]);
        }
        return new Cbpe(
                classes, spec.threshold(), calibrations, ClassificationSamplingError.fit(actual, outputs, sorted));
    }

    private static List<String> classes(PerformanceSpec spec) {
        if (spec.task() == Task.BINARY) {
            String positive = spec.positiveLabel() != null
                    ? spec.positiveLabel()
                    : spec.scoreLabels().isEmpty()
                            ? PerformanceSpec.DEFAULT_POSITIVE
                            : spec.scoreLabels().get(0);
            return List.of(ClassLabels.normalise(positive));
        }
        if (spec.task() != Task.MULTICLASS) {
            throw new IllegalArgumentException("CBPE estimates classifiers, not " + spec.task());
        }
        List<String> classes =
                spec.scoreLabels().stream().map(ClassLabels::normalise).toList();
        if (classes.size() < 2 || classes.stream().distinct().count() != classes.size()) {
            throw new IllegalArgumentException("a multiclass model needs one score column per class, got " + classes);
        }
        return classes;
    }

    /** Whether the scores of each class (in score column order) are recalibrated. */
    public boolean[] recalibrated() {
        boolean[] recalibrated = new boolean[calibrations.length];
        for (int k = 0; k < recalibrated.length; k++) {
            recalibrated[k] = calibrations[k].recalibrates();
        }
        return recalibrated;
    }

    /**
     * Estimates one chunk's metrics: binary {@code accuracy precision recall f1 specificity roc_auc},
     * multiclass {@code accuracy precision_macro recall_macro f1_macro roc_auc_ovr}, in that order.
     *
     * @param prediction the chunk's predicted labels, or null to derive them from the scores
     * @throws IllegalArgumentException for an empty chunk, invalid scores or a missing prediction
     */
    public Map<String, Estimate> estimate(Column prediction, List<NumericalColumn> scores) {
        ClassifierOutputs outputs = ClassifierOutputs.read(classes, threshold, prediction, scores, null);
        int n = outputs.rows();
        if (n == 0) {
            throw new IllegalArgumentException("cannot estimate performance on an empty chunk");
        }
        return classes.size() == 1 ? binary(outputs, n) : multiclass(outputs, calibrated(outputs.scores()), n);
    }

    /** The ROC AUC, which sorts the chunk's scores, is computed on another core meanwhile. */
    private Map<String, Estimate> binary(ClassifierOutputs outputs, int n) {
        ForkJoinTask<Double> rocAuc = ForkJoinTask.adapt(() -> ExpectedRocAuc.of(outputs.scores()[0], calibrations[0]))
                .fork();
        double[] p = calibrated(outputs.scores())[0];
        ExpectedConfusion c = ExpectedConfusion.of(p, outputs.predictedAs(0));
        Map<String, Estimate> metrics = new LinkedHashMap<>();
        metrics.put("accuracy", Bands.probability(c.accuracy(), errors.accuracy(n)));
        metrics.put("precision", Bands.probability(c.precision(), errors.precision(n)));
        metrics.put("recall", Bands.probability(c.recall(), errors.recall(n)));
        metrics.put("f1", Bands.probability(c.f1(), errors.f1(n)));
        metrics.put("specificity", Bands.probability(c.specificity(), errors.specificity(n)));
        metrics.put("roc_auc", Bands.probability(rocAuc.join(), errors.rocAuc(n)));
        return metrics;
    }

    private Map<String, Estimate> multiclass(ClassifierOutputs outputs, double[][] p, int n) {
        int k = classes.size();
        double accuracy = 0;
        for (int i = 0; i < n; i++) {
            int predicted = outputs.predicted()[i];
            accuracy += predicted < 0 ? 0 : p[predicted][i];
        }
        double precision = 0;
        double recall = 0;
        double f1 = 0;
        double auc = 0;
        for (int c = 0; c < k; c++) {
            ExpectedConfusion confusion = ExpectedConfusion.of(p[c], outputs.predictedAs(c));
            precision += confusion.precision() / k;
            recall += confusion.recall() / k;
            f1 += confusion.f1() / k;
            auc += ExpectedRocAuc.of(outputs.scores()[c], p[c]) / k;
        }
        Map<String, Estimate> metrics = new LinkedHashMap<>();
        metrics.put("accuracy", Bands.probability(accuracy / n, errors.accuracy(n)));
        metrics.put("precision_macro", Bands.probability(precision, errors.precision(n)));
        metrics.put("recall_macro", Bands.probability(recall, errors.recall(n)));
        metrics.put("f1_macro", Bands.probability(f1, errors.f1(n)));
        metrics.put("roc_auc_ovr", Bands.probability(auc, errors.rocAuc(n)));
        return metrics;
    }

    private double[][] calibrated(double[][] scores) {
        double[][] p = new double[scores.length][scores[0].length];
        for (int k = 0; k < scores.length; k++) {
            for (int i = 0; i < scores[k].length; i++) {
                p[k][i] = calibrations[k].apply(scores[k][i]);
            }
        }
        if (scores.length > 1) {
            renormalise(p);
        }
        return p;
    }

    private static void renormalise(double[][] p) {
        for (int i = 0; i < p[0].length; i++) {
            double sum = 0;
            for (double[] column : p) {
                sum += column[i];
            }
            for (double[] column : p) {
                column[i] = sum == 0 ? 1.0 / p.length : column[i] / sum;
            }
        }
    }
}
