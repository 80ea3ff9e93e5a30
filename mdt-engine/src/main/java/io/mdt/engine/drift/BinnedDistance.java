package io.mdt.engine.drift;

/**
 * A distance between two discrete distributions, applied to category shares directly and to
 * numerical columns after binning them with the configured {@link Binning}.
 */
abstract class BinnedDistance implements NumericalTest, CategoricalTest {

    abstract double distance(Shares shares, DriftOptions options);

    @Override
    public TestOutcome test(NumericalPair pair, DriftOptions options) {
        SortedSample reference = pair.reference();
        SortedSample current = pair.current();
        Samples.requireValues(reference, current, 1);
        return TestOutcome.distance(distance(Histograms.shares(reference, current, options.binning()), options));
    }

    @Override
    public TestOutcome test(CategoryCounts counts, DriftOptions options) {
        if (counts.referenceTotal() == 0 || counts.currentTotal() == 0) {
            throw new UndefinedTestException("needs at least one non-missing value on each side");
        }
        return TestOutcome.distance(distance(counts.shares(), options));
    }

    static double[] normalised(double[] p) {
        double total = 0;
        for (double v : p) {
            total += v;
        }
        double[] q = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            q[i] = p[i] / total;
        }
        return q;
    }

    /** Relative entropy term x ln(x / y), 0 when x = 0 (SciPy's {@code rel_entr}). */
    static double relativeEntropy(double x, double y) {
        if (x == 0) {
            return 0;
        }
        return y == 0 ? Double.POSITIVE_INFINITY : x * Math.log(x / y);
    }
}
