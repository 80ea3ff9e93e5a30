package io.mdt.platform.rest;

/**
 * Reads numeric query parameters as text, so that a bad value is a 400 validation problem
 * rather than the 404 that JAX-RS prescribes for unconvertible parameters.
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
}
