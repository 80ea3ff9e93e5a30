package io.mdt.platform.rest;

import java.util.Locale;

/**
 * Reads query parameters as text, so that a bad value is a 400 validation problem rather than
 * the 404 that JAX-RS prescribes for unconvertible parameters, or a silent default.
 */
public final class QueryParameters {

    private QueryParameters() {}

    public static int integer(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "must be an integer, got '" + value + "'");
        }
    }

    /** One of the documented values (case ignored), in lower case; anything else is a 400. */
    public static String choice(String name, String value, String... choices) {
        var given = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (var choice : choices) {
            if (choice.equals(given)) {
                return choice;
            }
        }
        throw new InvalidParameterException(name, "must be one of " + String.join(", ", choices));
    }
}
