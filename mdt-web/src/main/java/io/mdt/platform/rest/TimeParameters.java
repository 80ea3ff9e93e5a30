package io.mdt.platform.rest;

import io.mdt.platform.control.StorableTime;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads ISO-8601 time parameters in the storable range, a bad one being a 400 validation problem. */
public final class TimeParameters {

    private TimeParameters() {}

    public static Instant optional(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant time;
        try {
            time = Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, "must be an ISO-8601 time such as 2026-11-29T00:00:00Z");
        }
        if (!StorableTime.storable(time)) {
            throw new InvalidParameterException(name, "must lie " + StorableTime.RANGE);
        }
        return time;
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
