package io.mdt.retraining.control;

import java.util.Arrays;
import java.util.List;
import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Output;
import org.tribuo.OutputFactory;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.sgd.objectives.SquaredLoss;
import org.tribuo.transform.TransformTrainer;
import org.tribuo.transform.TransformationMap;
import org.tribuo.transform.transformations.MeanStdDevTransformation;

/**
 * Trains the challenger with Tribuo: a linear model by stochastic gradient descent on the
 * features standardised to mean 0 and standard deviation 1 (the standardisation is part of the
 * model, so it is served on raw values), a logistic regression for a classifier and a least
 * squares regression otherwise. Seeded, so the same rows give the same model. The model is
 * returned in Tribuo's protobuf form, the artifact MDT serves.
 */
public final class ModelTrainer {

    static final int EPOCHS = 20;
    static final long SEED = 42L;

    /** How a challenger is trained, as a parameter of its MLflow run. */
    public static final String DESCRIPTION = "Tribuo 4.3 linear SGD (logistic regression or least squares), AdaGrad, "
            + EPOCHS + " epochs, seed " + SEED + ", features standardised";

    static final double LEARNING_RATE = 0.5;

    /** Tribuo logs the loss every so many examples; once an epoch is enough at most. */
    private static final int LOGGING_INTERVAL = Integer.MAX_VALUE;

    private ModelTrainer() {}

    /**
     * A classifier of the rows' labels.
     *
     * @param rows each row's feature values, in the order of {@code features}
     * @throws IllegalArgumentException when the rows hold fewer than two classes
     */
    public static byte[] classifier(List<String> features, double[][] rows, String[] labels) {
        if (Arrays.stream(labels).distinct().count() < 2) {
            throw new IllegalArgumentException("the training rows hold one class only; a classifier needs two");
        }
        var factory = new LabelFactory();
        var dataset = dataset(factory);
        var names = features.toArray(String[]::new);
        for (int i = 0; i < rows.length; i++) {
            dataset.add(new ArrayExample<>(new Label(labels[i]), names, rows[i]));
        }
        var trainer = new org.tribuo.classification.sgd.linear.LinearSGDTrainer(
                new LogMulticlass(), new AdaGrad(LEARNING_RATE, 0.1), EPOCHS, LOGGING_INTERVAL, 1, SEED);
        return train(standardised(trainer), dataset);
    }

    /** A regression of the rows' values of the target. */
    public static byte[] regressor(List<String> features, double[][] rows, String target, double[] values) {
        var factory = new RegressionFactory();
        var dataset = dataset(factory);
        var names = features.toArray(String[]::new);
        for (int i = 0; i < rows.length; i++) {
            dataset.add(new ArrayExample<>(new Regressor(target, values[i]), names, rows[i]));
        }
        var trainer = new org.tribuo.regression.sgd.linear.LinearSGDTrainer(
                new SquaredLoss(), new AdaGrad(LEARNING_RATE * scale(values), 0.1), EPOCHS, LOGGING_INTERVAL, 1, SEED);
        return train(standardised(trainer), dataset);
    }

    /**
     * The size of the target's values (their root mean square, 1 when all are 0). AdaGrad's steps
     * are about its learning rate in size whatever the gradients' scale, and Tribuo standardises
     * the features but not the target; a learning rate in the target's units lets a target in the
     * millions be learnt in as few epochs as one around 1.
     */
    static double scale(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value * value;
        }
        double rms = Math.sqrt(sum / Math.max(1, values.length));
        return rms > 0 ? rms : 1;
    }

    private static <T extends Output<T>> MutableDataset<T> dataset(OutputFactory<T> factory) {
        return new MutableDataset<>(new SimpleDataSourceProvenance("labelled predictions", factory), factory);
    }

    private static <T extends Output<T>> Trainer<T> standardised(Trainer<T> trainer) {
        return new TransformTrainer<>(trainer, new TransformationMap(List.of(new MeanStdDevTransformation())));
    }

    private static <T extends Output<T>> byte[] train(Trainer<T> trainer, Dataset<T> dataset) {
        Model<T> model = trainer.train(dataset);
        return model.serialize().toByteArray();
    }
}
