package io.mdt.engine.baseline;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/** Baselines from reference chunk values, and the bounds a threshold rule draws around them. */
public final class Baselines {

    private Baselines() {}

    /**
     * The baseline of a metric whose value on the whole reference is {@code referenceValue} and on
     * each reference chunk {@code chunkValues[i]}; NaN chunk values (the metric undefined on the
     * chunk) and infinite ones are left out of the mean and the standard deviation. The standard
     * deviation divides by n - 1 rather than n (NannyML's choice): with the ten or so chunks of a
     * reference, dividing by n would understate the chunk-to-chunk noise by about 5% and narrow the
     * band accordingly.
     */
    public static Baseline of(double referenceValue, double[] chunkValues) {
        double[] defined = Arrays.stream(chunkValues).filter(Double::isFinite).toArray();
        double mean = defined.length == 0 ? Double.NaN : Arrays.stream(defined).sum() / defined.length;
        return new Baseline(referenceValue, mean, standardDeviation(defined, mean), defined.length);
    }

    /**
     * The bounds of {@code rule} on {@code baseline}, clipped to the metric's range {@code [min,
     * max]} (pass infinities for an unbounded metric). A RELATIVE band on an undefined reference
     * value, and a STANDARD_DEVIATION band on fewer than two defined chunks, are unbounded with the
     * reason.
     *
     * @throws IllegalArgumentException when the rule is invalid ({@link ThresholdRule#validate()})
     */
    public static Bounds bounds(ThresholdRule rule, Baseline baseline, double min, double max) {
        rule.requireValid();
        Bounds bounds = switch (rule.kind()) {
            case FIXED -> new Bounds(rule.lower(), rule.upper());
            case RELATIVE -> relative(rule, baseline.referenceValue());
            case STANDARD_DEVIATION -> standardDeviations(rule.k(), baseline);
        };
        return bounds.clip(min, max);
    }

    /**
     * Each chunk measured against the reference without itself: {@code measure.apply(chunkRows,
     * restRows)} for each of {@code chunkCount} consecutive chunks of a reference of {@code rows}
     * rows, null results as NaN. Why the chunk is left out: {@link ReferenceChunks}.
     */
    public static double[] leaveOneOut(int rows, int chunkCount, BiFunction<int[], int[], Double> measure) {
        List<Chunk> chunks = ReferenceChunks.split(rows, chunkCount);
        double[] values = new double[chunks.size()];
        for (int i = 0; i < values.length; i++) {
            Double value = measure.apply(chunks.get(i).rows(), chunks.get(i).rest(rows));
            values[i] = value == null ? Double.NaN : value;
        }
        return values;
    }

    private static Bounds relative(ThresholdRule rule, double reference) {
        if (!Double.isFinite(reference)) {
            return Bounds.unbounded("The metric is undefined on the reference, so there is no value for a"
                    + " relative threshold to be relative to.");
        }
        double magnitude = Math.abs(reference);
        Double lower = rule.lower() == null ? null : reference - rule.lower() * magnitude;
        Double upper = rule.upper() == null ? null : reference + rule.upper() * magnitude;
        return new Bounds(lower, upper);
    }

    private static Bounds standardDeviations(double k, Baseline baseline) {
        if (Double.isNaN(baseline.standardDeviation())) {
            return Bounds.unbounded("The metric is defined on " + baseline.chunks() + " reference chunk(s); a"
                    + " standard deviation band needs at least 2, so no alert can fire.");
        }
        double half = k * baseline.standardDeviation();
        return new Bounds(baseline.mean() - half, baseline.mean() + half);
    }

    private static double standardDeviation(double[] values, double mean) {
        if (values.length < 2) {
            return Double.NaN;
        }
        double squares = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
        return Math.sqrt(squares / (values.length - 1));
    }
}
