package io.mdt.engine.drift;

/**
 * Evidently's normed Wasserstein distance: W1(ref, cur) / max(sd(ref), 0.001), with the population
 * standard deviation of the reference. Dividing by the reference spread makes the threshold
 * unit-free: the score is "how many reference standard deviations the mass moved".
 */
final class WassersteinDistance implements NumericalTest {

    @Override
    public TestOutcome test(SortedSample reference, SortedSample current, DriftOptions options) {
        Samples.requireValues(reference, current, 1);
        double norm = Math.max(Math.sqrt(reference.variance()), 0.001);
        return TestOutcome.distance(CdfDistance.wasserstein(reference, current) / norm);
    }
}
