package io.mdt.monitoring.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How one metric's bounds are set, e.g. {@code {"kind": "RELATIVE", "lower": 0.05}} for "a drop
 * of 5% from the reference".
 *
 * @param kind FIXED, RELATIVE or STANDARD_DEVIATION
 * @param lower FIXED: the lower bound; RELATIVE: the fraction allowed below the reference value
 * @param upper FIXED: the upper bound; RELATIVE: the fraction allowed above the reference value
 * @param k STANDARD_DEVIATION: how many standard deviations around the reference chunks' mean (default 3)
 */
public record ThresholdDraft(
        @Schema(enumeration = {"FIXED", "RELATIVE", "STANDARD_DEVIATION"})
        String kind,

        Double lower,
        Double upper,
        Double k) {}
