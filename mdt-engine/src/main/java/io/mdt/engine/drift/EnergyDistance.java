package io.mdt.engine.drift;

/**
 * Energy distance (Szekely and Rizzo 2013), for one dimension sqrt(2 integral (F_ref - F_cur)^2 dx),
 * SciPy's {@code energy_distance}.
 */
final class EnergyDistance implements NumericalTest {

    @Override
    public TestOutcome test(NumericalPair pair, DriftOptions options) {
        SortedSample reference = pair.reference();
        SortedSample current = pair.current();
        Samples.requireValues(reference, current, 1);
        return TestOutcome.distance(Math.sqrt(2) * CdfDistance.l2(reference, current));
    }
}
