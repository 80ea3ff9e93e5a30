package io.mdt.alerting.boundary;

import java.time.Instant;

/**
 * Which alerts to list; every filter is optional.
 *
 * @param state firing, acknowledged, resolved, or open (firing or acknowledged)
 * @param severity info, warning or critical
 * @param model a model's name or id
 * @param subject the column, metric or monitor the alerts are about
 * @param from alerts still open at or resolved after this time
 * @param to alerts that started before this time
 */
public record AlertQuery(
        String state, String severity, String model, String subject, Instant from, Instant to, int page, int size) {}
