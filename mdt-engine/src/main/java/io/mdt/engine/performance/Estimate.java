package io.mdt.engine.performance;

/**
 * A metric estimated without actuals, with the standard deviation it would have by chance on a
 * sample of the same size and the 95% band around the estimate.
 *
 * @param value the estimate
 * @param samplingError the standard error of the metric on a sample of the chunk's size
 * @param lower the band's lower end, clipped to the metric's range
 * @param upper the band's upper end, clipped to the metric's range
 */
public record Estimate(double value, double samplingError, double lower, double upper) {}
