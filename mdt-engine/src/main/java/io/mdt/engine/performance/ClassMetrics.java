package io.mdt.engine.performance;

/**
 * One class's metrics in a multiclass report, the class taken as positive against the rest. Each is
 * null when its denominator is zero: precision when the class is never predicted, recall when it never
 * occurs in the target, F1 when it does neither.
 *
 * @param precision true positives over predicted positives
 * @param recall true positives over actual positives
 * @param f1 {@code 2 tp / (2 tp + fp + fn)}
 */
public record ClassMetrics(Double precision, Double recall, Double f1) {}
