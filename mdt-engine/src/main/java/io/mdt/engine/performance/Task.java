package io.mdt.engine.performance;

/** What a model predicts, which decides the metrics that measure it. */
public enum Task {
    BINARY,
    MULTICLASS,
    REGRESSION
}
