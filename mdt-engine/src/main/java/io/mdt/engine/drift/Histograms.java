package io.mdt.engine.drift;

/** Turns two numerical samples into bin shares following a {@link Binning}. */
final class Histograms {

    private static final int FEW_VALUES = 20;

    private Histograms() {}

    static Shares shares(SortedSample reference, SortedSample current, Binning binning) {
        if (binning.rule() == Binning.Rule.EVIDENTLY) {
            if (reference.distinct(FEW_VALUES + 1) <= FEW_VALUES) {
                return CategoryCounts.ofValues(reference, current).shares();
            }
            double min = Math.min(reference.min(), current.min());
            double max = Math.max(reference.max(), current.max());
            double[] edges = BinEdges.sturges(min, max, (long) reference.size() + current.size());
            return toShares(reference, current, edges, false);
        }
        return toShares(reference, current, referenceEdges(reference, binning), true);
    }

    static double[] referenceEdges(SortedSample reference, Binning binning) {
        return switch (binning.rule()) {
            case STURGES -> BinEdges.sturges(reference.min(), reference.max(), reference.size());
            case DOANE -> BinEdges.doane(reference);
            case FIXED -> BinEdges.equalWidth(reference.min(), reference.max(), binning.bins());
            case QUANTILES -> BinEdges.quantiles(reference, binning.bins());
            case EVIDENTLY -> throw new IllegalStateException("Evidently binning depends on both samples");
        };
    }

    private static Shares toShares(SortedSample reference, SortedSample current, double[] edges, boolean open) {
        return new Shares(
                normalise(BinEdges.counts(reference, edges, open), reference.size()),
                normalise(BinEdges.counts(current, edges, open), current.size()));
    }

    private static double[] normalise(long[] counts, double total) {
        double[] shares = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            shares[i] = counts[i] / total;
        }
        return shares;
    }
}
