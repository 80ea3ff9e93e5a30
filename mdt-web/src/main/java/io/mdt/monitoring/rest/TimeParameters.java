package io.mdt.monitoring.rest;

import io.mdt.platform.rest.InvalidParameterException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads optional ISO-8601 time parameters, a bad one being a 400 validation problem. */
final class TimeParameters {

    private TimeParameters() {}

    static Instant optional(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, "must be an ISO-8601 time such as 2026-11-29T00:00:00Z");
        }
    }

    static Instant required(String name, String value) {
        var time = optional(name, value);
        if (time == null) {
            throw new InvalidParameterException(name, "is required");
        }
        return time;
    }
}
