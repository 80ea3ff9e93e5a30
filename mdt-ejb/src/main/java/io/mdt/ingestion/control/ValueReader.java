package io.mdt.ingestion.control;

import io.mdt.registry.entity.SchemaColumn;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads one JSON value as a column of the schema declares it, checking its type and its
 * allowed range or categories. Null is a missing value, which drift tests count.
 */
final class ValueReader {

    private ValueReader() {}

    /** Appends the value to the row, or rejects the record saying which column is wrong. */
    static void append(CopyRows row, SchemaColumn column, JsonValue value, Set<String> categories) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            row.text(null);
            return;
        }
        switch (column.getType()) {
            case NUMERICAL -> row.number(number(column, value));
            case BOOLEAN -> row.bool(bool(column, value));
            case CATEGORICAL -> row.text(category(column, value, categories));
        }
    }

    /** Appends a CSV cell; an empty cell is a missing value. */
    static void appendText(CopyRows row, SchemaColumn column, String cell, Set<String> categories) {
        if (cell == null || cell.isEmpty()) {
            row.text(null);
            return;
        }
        switch (column.getType()) {
            case NUMERICAL -> row.number(checkRange(column, parseNumber(column, cell), cell));
            case BOOLEAN -> row.bool(parseBool(column, cell));
            case CATEGORICAL -> row.text(checkCategory(column, cell, categories));
        }
    }

    private static double parseNumber(SchemaColumn column, String cell) {
        try {
            double x = Double.parseDouble(cell.strip());
            if (Double.isFinite(x)) {
                return x;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new RecordRejection(column.getName() + " must be a finite number, got '" + cell + "'");
    }

    private static boolean parseBool(SchemaColumn column, String cell) {
        return switch (cell.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "t", "yes" -> true;
            case "false", "0", "f", "no" -> false;
            default -> throw new RecordRejection(column.getName() + " must be true or false, got '" + cell + "'");
        };
    }

    static Set<String> categories(SchemaColumn column) {
        return new HashSet<>(column.categoryList());
    }

    private static double number(SchemaColumn column, JsonValue value) {
        if (!(value instanceof JsonNumber number)) {
            throw new RecordRejection(column.getName() + " must be a number, got " + value.getValueType());
        }
        double x = number.doubleValue();
        if (!Double.isFinite(x)) {
            throw new RecordRejection(column.getName() + " must be a finite number");
        }
        return checkRange(column, x, number.toString());
    }

    private static double checkRange(SchemaColumn column, double x, String shown) {
        if ((column.getMinimum() != null && x < column.getMinimum())
                || (column.getMaximum() != null && x > column.getMaximum())) {
            throw new RecordRejection(column.getName() + " = " + shown + " is outside the allowed range ["
                    + column.getMinimum() + ", " + column.getMaximum() + "]");
        }
        return x;
    }

    private static boolean bool(SchemaColumn column, JsonValue value) {
        return switch (value.getValueType()) {
            case TRUE -> true;
            case FALSE -> false;
            default ->
                throw new RecordRejection(column.getName() + " must be true or false, got " + value.getValueType());
        };
    }

    private static String category(SchemaColumn column, JsonValue value, Set<String> categories) {
        var text = switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> value.toString();
            default -> throw new RecordRejection(column.getName() + " must be a string, got " + value.getValueType());
        };
        return checkCategory(column, text, categories);
    }

    private static String checkCategory(SchemaColumn column, String text, Set<String> categories) {
        if (!categories.isEmpty() && !categories.contains(text)) {
            throw new RecordRejection(column.getName() + " = '" + text + "' is not one of its declared categories");
        }
        return text;
    }

    /** A time as ISO-8601 with an offset ({@code 2026-11-29T10:15:00Z}) or epoch milliseconds. */
    static Instant time(String member, JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw new RecordRejection("missing " + member);
        }
        if (value instanceof JsonNumber millis && millis.isIntegral()) {
            return Instant.ofEpochMilli(millis.longValue());
        }
        if (value instanceof JsonString text) {
            try {
                return OffsetDateTime.parse(text.getString()).toInstant();
            } catch (DateTimeParseException e) {
                throw new RecordRejection(member + " '" + text.getString()
                        + "' is not an ISO-8601 time with offset, e.g. 2026-11-29T10:15:00Z");
            }
        }
        throw new RecordRejection(member + " must be an ISO-8601 time or epoch milliseconds");
    }

    /** A prediction id: a non-empty string or an integer, at most 200 characters. */
    static String id(JsonValue value) {
        var id = switch (value == null ? JsonValue.ValueType.NULL : value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> value.toString();
            case NULL -> throw new RecordRejection("missing predictionId");
            default -> throw new RecordRejection("predictionId must be a string");
        };
        if (id.isBlank() || id.length() > 200) {
            throw new RecordRejection("predictionId must be 1 to 200 characters");
        }
        return id;
    }
}
