package io.mdt.monitoring.boundary;

/**
 * A run reached an outcome (done, skipped or failed) or had its realized metrics measured
 * again, fired inside the transaction that records it: observers that send a JMS message in
 * that transaction are heard exactly when the outcome commits.
 */
public record RunFinished(long runId) {}
