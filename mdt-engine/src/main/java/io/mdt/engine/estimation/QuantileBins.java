package io.mdt.engine.estimation;

import java.util.Arrays;

/**
 * Equal-frequency bins of a numerical feature, learned on the reference, as LightGBM (NannyML's loss
 * model) bins every feature into histograms before growing trees. A tree then considers at most
 * {@value #BINS} split points per feature instead of one per distinct value, which is what keeps
 * Tribuo's CART fast on tens of thousands of rows; finer splits than a 64th of the reference add little
 * to a model of the loss's expectation. A value's code is its bin's index; a missing value is -1.
 */
final class QuantileBins {

    static final int BINS = 64;

    private final double[] upperEdges;

    private QuantileBins(double[] upperEdges) {
        this.upperEdges = upperEdges;
    }

    static QuantileBins fit(double[] values) {
        double[] sorted =
                Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        double[] edges = new double[BINS - 1];
        int count = 0;
        for (int b = 1; b < BINS && sorted.length > 0; b++) {
            double edge = sorted[(int) ((long) b * sorted.length / BINS)];
            if (count == 0 || edge > edges[count - 1]) {
                edges[count++] = edge;
            }
        }
        return new QuantileBins(Arrays.copyOf(edges, count));
    }

    /** The bin of {@code value}: how many edges are at or below it. */
    double code(double value) {
        if (!Double.isFinite(value)) {
            return -1;
        }
        int i = Arrays.binarySearch(upperEdges, value);
        return i >= 0 ? i + 1 : -i - 1;
    }
}
