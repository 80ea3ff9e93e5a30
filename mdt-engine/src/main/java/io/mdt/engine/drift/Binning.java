package io.mdt.engine.drift;

/**
 * How a numerical column is cut into bins for PSI, KL divergence, Jensen-Shannon and Hellinger.
 *
 * <p>{@link Rule#EVIDENTLY} (the default) reproduces Evidently: when the reference has more than 20
 * distinct values, Sturges' rule over both samples pooled; otherwise every distinct value of either
 * side is a bin. The other rules take the edges from the reference only, so the bins do not move
 * with the data being tested and swapping the sides gives the same bins; the outer bins are open so
 * current values outside the reference range are counted, not lost.
 *
 * @param rule how edges are chosen
 * @param bins number of bins for {@link Rule#FIXED} and {@link Rule#QUANTILES}
 */
public record Binning(Rule rule, int bins) {

    /** Edge rules. */
    public enum Rule {
        /** Evidently's: Sturges over both samples, or one bin per value when there are few values. */
        EVIDENTLY,
        /** k = ceil(log2 n + 1) equal-width bins over the reference range (Sturges 1926). */
        STURGES,
        /**
         * k = 1 + log2 n + log2(1 + |g1| / sigma_g1) equal-width bins, sigma_g1 = sqrt(6 (n - 2) / ((n
         * + 1)(n + 3))), Doane's (1976) correction of Sturges for skewed data.
         */
        DOANE,
        /** A fixed number of equal-width bins over the reference range. */
        FIXED,
        /** Bins holding equal shares of the reference: edges at reference quantiles. */
        QUANTILES
    }

    public static final Binning EVIDENTLY = new Binning(Rule.EVIDENTLY, 0);

    public Binning {
        if ((rule == Rule.FIXED || rule == Rule.QUANTILES) && bins < 1) {
            throw new IllegalArgumentException("binning " + rule + " needs a positive number of bins");
        }
    }
}
