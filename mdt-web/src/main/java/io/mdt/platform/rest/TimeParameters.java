package io.mdt.platform.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads optional ISO-8601 time parameters, a bad one being a 400 validation problem. */
public final class TimeParameters {

    private TimeParameters() {}

    public static Instant optional(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, "must be an ISO-8601 time such as 2026-11-29T00:00:00Z");
        }
    }

    public static Instant required(String name, String value) {
        var time = optional(name, value);
        if (time == null) {
            throw new InvalidParameterException(name, "is required");
        }
        return time;
    }

    /** A time range in a request body, ISO-8601 with offset, {@code to} exclusive. */
    public record TimeRange(String from, String to) {}
}
