package io.mdt.retraining.control;

import io.mdt.engine.data.NumericalColumn;
import io.mdt.engine.performance.ClassLabels;
import io.mdt.monitoring.boundary.LabelledPredictions;
import io.mdt.serving.boundary.RecordedInput;
import java.util.ArrayList;
import java.util.List;

/**
 * Labelled predictions split for a retraining: the rows the challenger learns from, and the
 * hold-out it answers afterwards (with every feature, as it will be served). The challenger reads
 * the numerical features; a row missing one of them can be neither learnt from nor served, and
 * is left out of both.
 *
 * @param features the numerical features the challenger reads
 * @param rows the training rows' values of those features
 * @param labels a classifier's training labels (null for a regression)
 * @param values a regression's training values (null for a classifier)
 * @param holdout the hold-out, to be scored by the challenger
 * @param incomplete rows left out for a missing numerical feature
 */
public record TrainingSet(
        List<String> features,
        double[][] rows,
        String[] labels,
        double[] values,
        List<RecordedInput> holdout,
        int incomplete) {

    /** Fewer rows than these train or evaluate nothing worth registering. */
    public static final int MIN_TRAINING = 20;

    public static final int MIN_HOLDOUT = 10;

    /**
     * @throws IllegalArgumentException when the version has no numerical feature, or the range
     *     too few complete rows
     */
    public static TrainingSet split(LabelledPredictions.Rows data, boolean classifier, double share) {
        var numerical = new ArrayList<NumericalColumn>();
        data.features().stream()
                .filter(NumericalColumn.class::isInstance)
                .map(NumericalColumn.class::cast)
                .forEach(numerical::add);
        if (numerical.isEmpty()) {
            throw new IllegalArgumentException(
                    "the version has no numerical feature; a challenger is trained on numerical features");
        }
        var labels = classifier ? ClassLabels.of(data.target()) : null;
        var targets = classifier ? null : ((NumericalColumn) data.target()).values();
        var rows = new ArrayList<double[]>();
        var trainingLabels = new ArrayList<String>();
        var trainingValues = new ArrayList<Double>();
        var holdout = new ArrayList<RecordedInput>();
        int incomplete = 0;
        for (int i = 0; i < data.size(); i++) {
            var row = new double[numerical.size()];
            boolean complete = true;
            for (int f = 0; f < row.length && complete; f++) {
                row[f] = numerical.get(f).values()[i];
                complete = Double.isFinite(row[f]);
            }
            if (!complete) {
                incomplete++;
            } else if (HoldOut.holds(data.ids()[i], share)) {
                holdout.add(new RecordedInput(data.ids()[i], data.times()[i], data.record(i)));
            } else {
                rows.add(row);
                if (classifier) {
                    trainingLabels.add(labels[i]);
                } else {
                    trainingValues.add(targets[i]);
                }
            }
        }
        if (rows.size() < MIN_TRAINING || holdout.size() < MIN_HOLDOUT) {
            throw new IllegalArgumentException(
                    "the range holds " + rows.size() + " labelled predictions to train on and "
                            + holdout.size() + " to evaluate on; a retraining needs at least " + MIN_TRAINING + " and "
                            + MIN_HOLDOUT + " (widen the range or send actuals)");
        }
        return new TrainingSet(
                numerical.stream().map(NumericalColumn::name).toList(),
                rows.toArray(double[][]::new),
                classifier ? trainingLabels.toArray(String[]::new) : null,
                classifier
                        ? null
                        : trainingValues.stream()
                                .mapToDouble(Double::doubleValue)
                                .toArray(),
                List.copyOf(holdout),
                incomplete);
    }
}
