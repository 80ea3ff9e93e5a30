package io.mdt.engine.baseline;

/**
 * A metric on the reference: its value on the whole reference, and its mean and spread over the
 * reference chunks, which is how much it moves by chance between windows of a chunk's size.
 *
 * @param referenceValue the metric on the whole reference, NaN when undefined there
 * @param mean the mean of the defined chunk values, NaN when none is defined
 * @param standardDeviation the sample standard deviation (divisor n - 1) of the defined chunk values,
 *     NaN with fewer than two
 * @param chunks how many chunks have a defined value
 */
public record Baseline(double referenceValue, double mean, double standardDeviation, int chunks) {}
