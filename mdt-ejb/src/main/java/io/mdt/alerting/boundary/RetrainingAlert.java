package io.mdt.alerting.boundary;

/**
 * A rule that asks for its model to be trained again fired an alert, or reopened one. Raised in
 * the transaction that records the alert; observed once it commits, so that no retraining is
 * asked for an alert that was rolled back.
 *
 * @param model the model's name
 * @param rule the rule's name
 */
public record RetrainingAlert(long alertId, String model, String rule) {}
