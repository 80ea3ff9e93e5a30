package io.mdt.monitoring.view;

import io.mdt.monitoring.boundary.MetricOutcome;
import java.io.Serializable;
import java.util.Locale;

/**
 * One metric of a run as its row in the run's performance table reads: a value, or the
 * reason there is none, rather than an empty cell the reader has to guess about.
 */
public record MetricRow(MetricOutcome outcome) implements Serializable {

    public String metric() {
        return outcome.metric();
    }

    /** The value measured from actuals, else why there is none. */
    public String realized() {
        return outcome.realized() != null ? number(outcome.realized()) : text(outcome.realizedReason());
    }

    /** The estimate with its 95% band, else why there is none. */
    public String estimate() {
        if (outcome.estimated() == null) {
            return outcome.estimateReason() == null ? "not estimated" : outcome.estimateReason();
        }
        if (outcome.estimateLower() == null || outcome.estimateUpper() == null) {
            return number(outcome.estimated());
        }
        return number(outcome.estimated()) + " [" + number(outcome.estimateLower()) + ", "
                + number(outcome.estimateUpper()) + "]";
    }

    public String reference() {
        return outcome.referenceValue() == null ? "" : number(outcome.referenceValue());
    }

    /** The bounds the values are judged against, and how they were set. */
    public String bounds() {
        var lower = outcome.lowerBound();
        var upper = outcome.upperBound();
        String bounds;
        if (lower != null && upper != null) {
            bounds = number(lower) + " to " + number(upper);
        } else if (lower != null) {
            bounds = "at least " + number(lower);
        } else if (upper != null) {
            bounds = "at most " + number(upper);
        } else {
            return "none";
        }
        var kind = outcome.thresholdKind();
        return kind == null
                ? bounds
                : bounds + " (" + kind.toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
    }

    public String realizedVerdict() {
        return text(outcome.realizedVerdict());
    }

    public String estimatedVerdict() {
        return text(outcome.estimatedVerdict());
    }

    public boolean degraded() {
        return outcome.degraded();
    }

    /** Four decimals: metrics live between 0 and 1 or near, and a reader compares them by eye. */
    static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
