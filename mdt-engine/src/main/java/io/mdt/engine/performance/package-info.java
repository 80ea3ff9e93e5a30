/**
 * How well a model performs: realized metrics computed from actuals with scikit-learn's
 * definitions, metrics estimated without actuals, and the specification that reads a model's
 * outputs as a binary, multiclass or regression task. Entry point for realized metrics: {@link
 * io.mdt.engine.performance.Performance#evaluate}. Owns no I/O: the command line reads the CSV.
 */
package io.mdt.engine.performance;
