/**
 * Performance estimation without actuals: confidence-based estimation ({@link
 * io.mdt.engine.estimation.Cbpe}) for classifiers, direct loss estimation ({@link
 * io.mdt.engine.estimation.Dle}) for regression, and {@link io.mdt.engine.estimation.PerformanceEstimator}
 * choosing between them by task. Each estimate carries its sampling error and 95% band. Realized
 * metrics, computed from actuals, are not here but in {@code io.mdt.engine.performance}.
 */
package io.mdt.engine.estimation;
