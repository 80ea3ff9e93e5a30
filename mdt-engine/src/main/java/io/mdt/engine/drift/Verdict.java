package io.mdt.engine.drift;

/** How a test's score is compared with its threshold to decide drift. */
public enum Verdict {
    /** p-value tests where Evidently uses {@code p <= threshold} (KS, Cramer-von Mises). */
    AT_MOST,
    /** p-value tests: drift when {@code p < threshold}. */
    BELOW,
    /** distances: drift when {@code score >= threshold}. */
    AT_LEAST,
    /** energy distance: drift when {@code score > threshold}. */
    ABOVE;

    public boolean drift(double score, double threshold) {
        return switch (this) {
            case AT_MOST -> score <= threshold;
            case BELOW -> score < threshold;
            case AT_LEAST -> score >= threshold;
            case ABOVE -> score > threshold;
        };
    }

    /**
     * How far a score is towards drift, on one scale for every test: 1 at the threshold, above 1
     * beyond it (drift), below 1 short of it, 0 for no sign of drift. A distance counts as its
     * ratio to the threshold; a p-value as {@code log(p) / log(threshold)}, so that each tenfold
     * smaller p-value adds the same. NaN when either is not a finite number, or the threshold
     * leaves no scale (a distance threshold of 0 or less, a p-value threshold outside (0, 1)).
     */
    public double severity(double score, double threshold) {
        if (!Double.isFinite(score) || !Double.isFinite(threshold)) {
            return Double.NaN;
        }
        if (isPValue()) {
            if (threshold <= 0 || threshold >= 1) {
                return Double.NaN;
            }
            return score <= 0
                    ? Double.POSITIVE_INFINITY
                    : Math.max(0, Math.log(Math.min(score, 1)) / Math.log(threshold));
        }
        return threshold <= 0 ? Double.NaN : Math.max(0, score / threshold);
    }

    /** Whether the score is a p-value, which multiple-testing corrections apply to. */
    public boolean isPValue() {
        return this == AT_MOST || this == BELOW;
    }
}
