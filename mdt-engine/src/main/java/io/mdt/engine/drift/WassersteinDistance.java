package io.mdt.engine.drift;

/**
 * Evidently's normed Wasserstein distance: W1(ref, cur) / max(sd(ref), 0.001), with the population
 * standard deviation of the reference. Dividing by the reference spread makes the threshold
 * unit-free: the score is "how many reference standard deviations the mass moved". Large unsorted
 * samples go through {@link BucketSketch}, which gives the same value without sorting.
 */
final class WassersteinDistance implements NumericalTest {

    private static final int SKETCH_FROM = 100_000;

    @Override
    public TestOutcome test(NumericalPair pair, DriftOptions options) {
        RawSummary rx = pair.referenceSummary();
        RawSummary ry = pair.currentSummary();
        if (rx.finite() == 0 || ry.finite() == 0) {
            throw new UndefinedTestException("needs at least 1 non-missing value on each side");
        }
        if (!pair.sorted() && rx.finite() + ry.finite() >= SKETCH_FROM) {
            double w = BucketSketch.wasserstein(pair.referenceRaw(), pair.currentRaw(), rx, ry);
            if (!Double.isNaN(w)) {
                double norm = Math.max(Math.sqrt(rx.variance(pair.referenceRaw())), 0.001);
                return TestOutcome.distance(w / norm);
            }
        }
        SortedSample reference = pair.reference();
        double norm = Math.max(Math.sqrt(reference.variance()), 0.001);
        return TestOutcome.distance(CdfDistance.wasserstein(reference, pair.current()) / norm);
    }
}
