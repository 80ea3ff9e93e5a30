/**
 * Alerting's configuration over REST: {@code /api/v1/silences}, {@code /inhibitions},
 * {@code /channels} and {@code /routes}. Parsing and mapping only; the rules are the
 * boundaries'.
 */
package io.mdt.alerting.rest;
