package io.mdt.engine.baseline;

/**
 * The alert band of a metric. A null side is unbounded; when a side is unbounded because the
 * baseline could not provide it (too few reference chunks, a metric undefined on the reference), {@code
 * reason} says why, so that a user learns why no alert can fire rather than seeing a silent pass.
 *
 * @param lower the smallest value within the band, null when unbounded below
 * @param upper the largest value within the band, null when unbounded above
 * @param reason why the band is missing a side it should have, null when it is complete
 */
public record Bounds(Double lower, Double upper, String reason) {

    public Bounds {
        if (lower != null && lower.isNaN() || upper != null && upper.isNaN()) {
            throw new IllegalArgumentException("A bound is a number or absent (null), never NaN.");
        }
        if (lower != null && upper != null && lower > upper) {
            throw new IllegalArgumentException("The lower bound " + lower + " exceeds the upper bound " + upper + ".");
        }
    }

    public Bounds(Double lower, Double upper) {
        this(lower, upper, null);
    }

    /** A band with no sides, and why. */
    public static Bounds unbounded(String reason) {
        return new Bounds(null, null, reason);
    }

    /** Where the value lies; {@code UNDEFINED} for a null or NaN value, which no band can judge. */
    public Verdict verdict(Double value) {
        if (value == null || value.isNaN()) {
            return Verdict.UNDEFINED;
        }
        if (lower != null && value < lower) {
            return Verdict.BELOW;
        }
        if (upper != null && value > upper) {
            return Verdict.ABOVE;
        }
        return Verdict.WITHIN;
    }

    /**
     * The band cut to the metric's range, so that accuracy is never drawn with an upper bound of
     * 1.02. A metric cannot leave its range, so clipping changes no verdict; unbounded sides stay
     * unbounded.
     */
    public Bounds clip(double min, double max) {
        return new Bounds(clip(lower, min, max), clip(upper, min, max), reason);
    }

    private static Double clip(Double bound, double min, double max) {
        return bound == null ? null : Math.min(Math.max(bound, min), max);
    }
}
