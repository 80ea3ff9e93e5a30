package io.mdt.engine.baseline;

import java.util.ArrayList;
import java.util.List;

/**
 * A user's rule for the alert band of one metric. The fields mean different things per kind, so
 * that the rule reads as it is written in JSON ({@code {"kind": "RELATIVE", "lower": 0.05}}):
 *
 * <ul>
 *   <li>{@code FIXED}: {@code lower} and {@code upper} are the bounds themselves;
 *   <li>{@code RELATIVE}: {@code lower} and {@code upper} are the fractions of the reference value's
 *       magnitude allowed below and above it ({@code lower = 0.05}: a drop of 5% alerts);
 *   <li>{@code STANDARD_DEVIATION}: {@code k}, the number of standard deviations of the reference
 *       chunks allowed on either side of their mean (3 when not given).
 * </ul>
 *
 * A null bound leaves that side unbounded. The constructor does not throw, so that a caller can
 * report every problem of {@link #validate()} at once.
 *
 * @param kind how the bounds are derived
 * @param lower the lower bound (FIXED) or the allowed fraction below the reference (RELATIVE)
 * @param upper the upper bound (FIXED) or the allowed fraction above the reference (RELATIVE)
 * @param k the width of the band in standard deviations (STANDARD_DEVIATION)
 */
public record ThresholdRule(ThresholdKind kind, Double lower, Double upper, Double k) {

    public static final double DEFAULT_K = 3;

    public ThresholdRule {
        if (kind == ThresholdKind.STANDARD_DEVIATION && k == null) {
            k = DEFAULT_K;
        }
    }

    public static ThresholdRule fixed(Double lower, Double upper) {
        return new ThresholdRule(ThresholdKind.FIXED, lower, upper, null);
    }

    public static ThresholdRule relative(Double lower, Double upper) {
        return new ThresholdRule(ThresholdKind.RELATIVE, lower, upper, null);
    }

    public static ThresholdRule standardDeviations(double k) {
        return new ThresholdRule(ThresholdKind.STANDARD_DEVIATION, null, null, k);
    }

    /** What is wrong with the rule, as sentences a user can act on; empty when it is valid. */
    public List<String> validate() {
        var problems = new ArrayList<String>();
        if (kind == null) {
            problems.add("The threshold kind is required: FIXED, RELATIVE or STANDARD_DEVIATION.");
            return problems;
        }
        finite(problems, "lower", lower);
        finite(problems, "upper", upper);
        finite(problems, "k", k);
        switch (kind) {
            case FIXED -> fixedProblems(problems);
            case RELATIVE -> relativeProblems(problems);
            case STANDARD_DEVIATION -> standardDeviationProblems(problems);
        }
        return problems;
    }

    /** Throws {@link IllegalArgumentException} listing the problems of an invalid rule. */
    public ThresholdRule requireValid() {
        var problems = validate();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        return this;
    }

    private void fixedProblems(List<String> problems) {
        unused(problems, "k", k);
        if (lower != null && upper != null && lower > upper) {
            problems.add("The lower bound (" + lower + ") must not exceed the upper bound (" + upper + ").");
        }
    }

    private void relativeProblems(List<String> problems) {
        unused(problems, "k", k);
        if (lower != null && lower < 0) {
            problems.add("The relative lower bound is the fraction allowed below the reference value and must"
                    + " not be negative (0.05 allows a drop of 5%).");
        }
        if (upper != null && upper < 0) {
            problems.add("The relative upper bound is the fraction allowed above the reference value and must"
                    + " not be negative (0.05 allows a rise of 5%).");
        }
    }

    private void standardDeviationProblems(List<String> problems) {
        unused(problems, "lower", lower);
        unused(problems, "upper", upper);
        if (k != null && k <= 0) {
            problems.add("The number of standard deviations k must be positive, was " + k + ".");
        }
    }

    private static void finite(List<String> problems, String field, Double value) {
        if (value != null && !Double.isFinite(value)) {
            problems.add("The threshold's " + field + " must be a finite number, was " + value + ".");
        }
    }

    private void unused(List<String> problems, String field, Double value) {
        if (value != null) {
            problems.add("A " + kind + " threshold does not use " + field + "; leave it out.");
        }
    }
}
