package io.mdt.mlflow.control;

/**
 * One figure of an evaluation as an MLflow metric: its key, value, the time it describes (the
 * end of the window, in epoch milliseconds) and its step (the window's index), so that MLflow
 * plots a figure over the windows.
 */
public record Figure(String key, double value, long timestamp, long step) {}
