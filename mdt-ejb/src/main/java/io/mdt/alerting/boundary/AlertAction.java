package io.mdt.alerting.boundary;

/**
 * Someone acts on an alert: acknowledges, un-acknowledges or resolves it, saying why.
 *
 * @param by who acts, until requests carry an authenticated user
 */
public record AlertAction(String by, String comment) {}
