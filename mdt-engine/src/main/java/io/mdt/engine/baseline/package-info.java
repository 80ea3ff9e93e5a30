/**
 * Alert bands of a metric and where they come from: a threshold rule ({@link
 * io.mdt.engine.baseline.ThresholdRule}: fixed bounds, a relative change from the reference value, or
 * k standard deviations of the metric over reference chunks), the baseline it is read against
 * ({@link io.mdt.engine.baseline.Baseline}), the bounds it gives and the verdict on a value. Chunks
 * of the reference are measured leave-one-out ({@link io.mdt.engine.baseline.ReferenceChunks}), so
 * that the spread of the reference reflects the noise of a new window. Computes no metric and
 * stores nothing: callers pass the values.
 */
package io.mdt.engine.baseline;
