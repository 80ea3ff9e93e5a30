package io.mdt.engine.estimation;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.ensemble.BaggingTrainer;
import org.tribuo.ensemble.WeightedEnsembleModel;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.ensemble.AveragingCombiner;
import org.tribuo.regression.rtree.CARTRegressionTrainer;
import org.tribuo.regression.rtree.impurity.MeanSquaredError;

/**
 * A model of one row's loss from its features and prediction: bagged CART regression trees (Tribuo),
 * where NannyML fits LightGBM. Bagging averages trees grown on bootstrap samples, so the expected loss
 * is smooth enough to average over a chunk; leaves of at least {@value #MIN_LEAF} rows keep a tree
 * from memorising single rows' noise. The seed is fixed, so the same reference gives the same model.
 */
final class ErrorModel {

    private static final int TREES = 10;
    private static final int DEPTH = 6;
    private static final int MIN_LEAF = 50;
    private static final RegressionFactory FACTORY = new RegressionFactory();
    private static final String LOSS = "loss";

    /** Held so the level set on it stays: Tribuo logs each trained tree at INFO, noise on a command line. */
    private static final Logger TRIBUO_LOG = Logger.getLogger("org.tribuo");

    static {
        TRIBUO_LOG.setLevel(Level.WARNING);
    }

    private final Model<Regressor> model;
    private final String[] names;

    private ErrorModel(Model<Regressor> model, String[] names) {
        this.model = model;
        this.names = names;
    }

    static ErrorModel train(double[][] x, double[] loss, long seed) {
        String[] names = names(x.length == 0 ? 0 : x[0].length);
        var data = new MutableDataset<Regressor>(new SimpleDataSourceProvenance("reference losses", FACTORY), FACTORY);
        for (int i = 0; i < x.length; i++) {
            data.add(new ArrayExample<>(new Regressor(LOSS, loss[i]), names, x[i]));
        }
        var tree = new CARTRegressionTrainer(DEPTH, MIN_LEAF, 0f, 1f, false, new MeanSquaredError(), seed);
        var bagging = new BaggingTrainer<>(tree, new AveragingCombiner(), TREES, seed);
        return new ErrorModel(bagging.train(data), names);
    }

    /** Feature names that sort in column order, as Tribuo orders an example's features by name. */
    private static String[] names(int count) {
        String[] names = new String[count];
        for (int j = 0; j < count; j++) {
            names[j] = String.format("f%05d", j);
        }
        return names;
    }

    /** The expected loss of each row, never negative. */
    double[] predict(double[][] x) {
        return predict(model, examples(x));
    }

    /**
     * The standard deviation, over the ensemble's trees, of each tree's mean expected loss on the
     * rows: each tree grew on its own bootstrap sample of the reference, so their spread measures
     * how much the estimate depends on which reference rows the model learned from.
     */
    double spreadOfMeans(double[][] x) {
        var examples = examples(x);
        var members = ((WeightedEnsembleModel<Regressor>) model).getModels();
        double[] means = new double[members.size()];
        for (int m = 0; m < means.length; m++) {
            double[] loss = predict(members.get(m), examples);
            double sum = 0;
            for (double value : loss) {
                sum += value;
            }
            means[m] = sum / loss.length;
        }
        double mean = java.util.Arrays.stream(means).average().orElse(Double.NaN);
        double squares = 0;
        for (double value : means) {
            squares += (value - mean) * (value - mean);
        }
        return Math.sqrt(squares / Math.max(1, means.length - 1));
    }

    private List<Example<Regressor>> examples(double[][] x) {
        List<Example<Regressor>> examples = new ArrayList<>(x.length);
        for (double[] row : x) {
            examples.add(new ArrayExample<>(FACTORY.getUnknownOutput(), names, row));
        }
        return examples;
    }

    private static double[] predict(Model<Regressor> model, List<Example<Regressor>> examples) {
        List<Prediction<Regressor>> predictions = model.predict(examples);
        double[] loss = new double[examples.size()];
        for (int i = 0; i < loss.length; i++) {
            loss[i] = Math.max(0, predictions.get(i).getOutput().getValues()[0]);
        }
        return loss;
    }
}
