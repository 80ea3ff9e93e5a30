package io.mdt.audit.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The before and after of a change, as rows of its table in JSON ({@code to_jsonb}): whether
 * anything but bookkeeping changed, and the rows with their secrets masked.
 */
public final class Snapshots {

    static final String MASKED = "[masked]";
    static final String CHANGED = "[changed]";

    private Snapshots() {}

    public static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** Whether a column other than the bookkeeping ones differs between the two rows. */
    static boolean changed(JsonObject before, JsonObject after, Set<String> bookkeeping) {
        var columns = new HashSet<>(before.keySet());
        columns.addAll(after.keySet());
        columns.removeAll(bookkeeping);
        return columns.stream().anyMatch(column -> !Objects.equals(before.get(column), after.get(column)));
    }

    /**
     * The row with each masked column that holds a value replaced: by {@value #CHANGED} when the
     * other row of the change (the one before, for an after) holds another value, else by
     * {@value #MASKED}. A missing other row masks only.
     *
     * <p>A masked web address keeps its origin ({@code https://hooks.example.com/[masked]}): the
     * services that take webhooks put their token in the path or the query, while the host is
     * what an auditor needs to see where notifications go.
     */
    static JsonObject masked(JsonObject row, Set<String> masked, JsonObject other) {
        var result = Json.createObjectBuilder(row);
        for (var column : masked) {
            var value = row.get(column);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            boolean differs = other != null && !Objects.equals(value, other.get(column));
            result.add(column, originOf(value) + (differs ? CHANGED : MASKED));
        }
        return result.build();
    }

    /** {@code scheme://host[:port]/} of an absolute web address, or nothing for any other value. */
    private static String originOf(JsonValue value) {
        if (!(value instanceof JsonString text)) {
            return "";
        }
        try {
            var address = new URI(text.getString());
            var scheme = address.getScheme();
            if (address.getHost() == null || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                return "";
            }
            var port = address.getPort() < 0 ? "" : ":" + address.getPort();
            return scheme.toLowerCase(Locale.ROOT) + "://" + address.getHost() + port + "/";
        } catch (URISyntaxException notAnAddress) {
            return "";
        }
    }

    /** The text a column of a row holds, numbers included, or null. */
    static String text(JsonObject row, String column) {
        if (row == null || column == null) {
            return null;
        }
        var value = row.get(column);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }
}
