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

    /** Whether the score is a p-value, which multiple-testing corrections apply to. */
    public boolean isPValue() {
        return this == AT_MOST || this == BELOW;
    }
}
