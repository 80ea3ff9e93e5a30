package io.mdt.engine.drift;

/**
 * Hellinger distance H = sqrt(1 - BC) with the Bhattacharyya coefficient BC = sum sqrt(p_i q_i)
 * clipped to [0, 1]. For numerical columns Evidently uses density histograms on Sturges bins over
 * the distinct values of both samples, BC = sum sqrt(f_i g_i) w_i, which equals the share form on
 * equal-width bins.
 */
final class HellingerDistance extends BinnedDistance {

    @Override
    public TestOutcome test(NumericalPair pair, DriftOptions options) {
        SortedSample reference = pair.reference();
        SortedSample current = pair.current();
        Samples.requireValues(reference, current, 1);
        if (options.binning().rule() != Binning.Rule.EVIDENTLY) {
            return super.test(pair, options);
        }
        double min = Math.min(reference.min(), current.min());
        double max = Math.max(reference.max(), current.max());
        int[] distinct = new int[1];
        TieGroups.walk(reference, current, (value, a, b) -> distinct[0]++);
        double[] edges = BinEdges.sturges(min, max, distinct[0]);
        long[] r = BinEdges.counts(reference, edges, false);
        long[] c = BinEdges.counts(current, edges, false);
        double bc = 0;
        for (int i = 0; i < r.length; i++) {
            double width = edges[i + 1] - edges[i];
            double f = r[i] / (reference.size() * width);
            double g = c[i] / (current.size() * width);
            bc += Math.sqrt(f * g) * width;
        }
        return TestOutcome.distance(fromCoefficient(bc));
    }

    @Override
    double distance(Shares shares, DriftOptions options) {
        double bc = 0;
        for (int i = 0; i < shares.reference().length; i++) {
            bc += Math.sqrt(shares.reference()[i] * shares.current()[i]);
        }
        return fromCoefficient(bc);
    }

    private static double fromCoefficient(double bc) {
        return Math.sqrt(1 - Math.max(0, Math.min(1, bc)));
    }
}
