/**
 * How well a model performs: realized metrics computed from actuals with scikit-learn's
 * definitions, metrics estimated without actuals, and the specification that reads a model's
 * outputs as a binary, multiclass or regression task.
 */
package io.mdt.engine.performance;
