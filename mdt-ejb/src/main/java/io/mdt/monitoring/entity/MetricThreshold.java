package io.mdt.monitoring.entity;

import java.io.Serializable;

/**
 * How a metric's bounds are set: {@code FIXED} (absolute bounds), {@code RELATIVE} (fractions
 * of the reference's value allowed below and above it) or {@code STANDARD_DEVIATION} ({@code
 * k} standard deviations around the mean over the reference's chunks).
 *
 * @param kind FIXED, RELATIVE or STANDARD_DEVIATION
 * @param lower the lower bound (FIXED) or the fraction allowed below the reference (RELATIVE); null: none
 * @param upper the upper bound (FIXED) or the fraction allowed above the reference (RELATIVE); null: none
 * @param k standard deviations (STANDARD_DEVIATION)
 */
public record MetricThreshold(String kind, Double lower, Double upper, Double k) implements Serializable {

    public static final MetricThreshold DEFAULT = new MetricThreshold("STANDARD_DEVIATION", null, null, 3.0);
}
