package io.mdt.engine.estimation;

import io.mdt.engine.data.NumericalColumn;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

/**
 * Synthetic binary classification data with a known truth: two features {@code x ~ N(mean, 1)}, labels
 * {@code y ~ Bernoulli(sigmoid(x . w - 0.5))} and a model that scores {@code transform(sigmoid(x . m - 0.5))}
 * with its own weights {@code m}. With {@code m = w} and the identity transform the scores are calibrated
 * probabilities; moving {@code mean} is covariate shift, changing {@code w} away from {@code m} is concept
 * drift.
 */
final class Synthetic {

    static final double[] MODEL = {1.5, -1.0};

    /** One sample: features, labels (1/0) and scores. */
    record Sample(double[] x1, double[] x2, double[] labels, double[] scores) {
        NumericalColumn target() {
            return new NumericalColumn("y", labels);
        }

        NumericalColumn score() {
            return new NumericalColumn("score", scores);
        }
    }

    private Synthetic() {}

    static Sample sample(long seed, int n, double mean1, double mean2, double[] w, DoubleUnaryOperator transform) {
        Random random = new Random(seed);
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        double[] labels = new double[n];
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            x1[i] = mean1 + random.nextGaussian();
            x2[i] = mean2 + random.nextGaussian();
            double truth = sigmoid(w[0] * x1[i] + w[1] * x2[i] - 0.5);
            labels[i] = random.nextDouble() < truth ? 1 : 0;
            scores[i] = transform.applyAsDouble(sigmoid(MODEL[0] * x1[i] + MODEL[1] * x2[i] - 0.5));
        }
        return new Sample(x1, x2, labels, scores);
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
