/**
 * Whether one model version is really better than another, or one period than another: McNemar's
 * test on paired correctness ({@link io.mdt.engine.comparison.McNemar}), the paired bootstrap of a
 * metric's difference on the same prediction ids ({@link io.mdt.engine.comparison.PairedBootstrap}) and
 * the independent bootstrap for two periods ({@link io.mdt.engine.comparison.IndependentBootstrap}).
 * Computes no metric itself: callers pass a function of the rows ({@link
 * io.mdt.engine.comparison.MetricOnRows}).
 */
package io.mdt.engine.comparison;
