package io.mdt.ingestion.control;

import io.mdt.platform.control.StorableText;
import io.mdt.platform.control.StorableTime;
import io.mdt.registry.entity.SchemaColumn;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import jakarta.json.stream.JsonParser;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads one value as a column of the schema declares it, checking its type and its allowed
 * range or categories, and appends it to a COPY row. Values come as a JSON kind and text,
 * from a streaming parser or a JSON value, or as a CSV cell. Null, and an empty cell, is a
 * missing value, which drift tests count.
 */
final class ValueReader {

    /** Longest number text copied through as is; longer ones (or exponents) are re-rendered. */
    private static final int PLAIN_NUMBER_LENGTH = 24;

    private ValueReader() {}

    static Set<String> categories(SchemaColumn column) {
        return new HashSet<>(column.categoryList());
    }

    /** The JSON kind of a parser event that starts a value. */
    static ValueType kind(JsonParser.Event event) {
        return switch (event) {
            case VALUE_STRING -> ValueType.STRING;
            case VALUE_NUMBER -> ValueType.NUMBER;
            case VALUE_TRUE -> ValueType.TRUE;
            case VALUE_FALSE -> ValueType.FALSE;
            case VALUE_NULL -> ValueType.NULL;
            case START_OBJECT -> ValueType.OBJECT;
            default -> ValueType.ARRAY;
        };
    }

    /** The text of a string or number, null otherwise. */
    static String text(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> value.toString();
            default -> null;
        };
    }

    static void append(CopyRows row, SchemaColumn column, JsonValue value, Set<String> categories) {
        if (value == null) {
            row.text(null);
        } else {
            append(row, column, value.getValueType(), text(value), categories);
        }
    }

    /** Appends a JSON value given by kind and text, or rejects the record saying which column is wrong. */
    static void append(CopyRows row, SchemaColumn column, ValueType kind, String text, Set<String> categories) {
        if (kind == null || kind == ValueType.NULL) {
            row.text(null);
            return;
        }
        switch (column.getType()) {
            case NUMERICAL -> {
                if (kind != ValueType.NUMBER) {
                    throw new RecordRejection(column.getName() + " must be a number, got " + kind);
                }
                appendNumber(row, column, text);
            }
            case BOOLEAN -> {
                if (kind != ValueType.TRUE && kind != ValueType.FALSE) {
                    throw new RecordRejection(column.getName() + " must be true or false, got " + kind);
                }
                row.bool(kind == ValueType.TRUE);
            }
            case CATEGORICAL -> {
                if (kind != ValueType.STRING && kind != ValueType.NUMBER) {
                    throw new RecordRejection(column.getName() + " must be a string, got " + kind);
                }
                row.text(checkCategory(column, text, categories));
            }
        }
    }

    /** Appends a CSV cell; an empty cell is a missing value. */
    static void appendText(CopyRows row, SchemaColumn column, String cell, Set<String> categories) {
        if (cell == null || cell.isEmpty()) {
            row.text(null);
            return;
        }
        switch (column.getType()) {
            case NUMERICAL -> appendNumber(row, column, cell.strip());
            case BOOLEAN -> row.bool(parseBool(column, cell));
            case CATEGORICAL -> row.text(checkCategory(column, cell, categories));
        }
    }

    /**
     * Checks a number and appends it. Short plain decimals go through as written (PostgreSQL
     * reads them exactly as Java does), sparing a re-rendering per value; exponents and long
     * digit strings are re-rendered, since PostgreSQL rejects what underflows.
     */
    private static void appendNumber(CopyRows row, SchemaColumn column, String text) {
        double x;
        try {
            x = Double.parseDouble(text);
        } catch (NumberFormatException notANumber) {
            throw new RecordRejection(column.getName() + " must be a finite number, got '" + text + "'");
        }
        if (!Double.isFinite(x)) {
            throw new RecordRejection(column.getName() + " must be a finite number, got '" + text + "'");
        }
        if ((column.getMinimum() != null && x < column.getMinimum())
                || (column.getMaximum() != null && x > column.getMaximum())) {
            throw new RecordRejection(column.getName() + " = " + text + " is outside the allowed range ["
                    + column.getMinimum() + ", " + column.getMaximum() + "]");
        }
        if (text.length() <= PLAIN_NUMBER_LENGTH && plainDecimal(text)) {
            row.raw(text);
        } else {
            row.number(x);
        }
    }

    private static boolean plainDecimal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean parseBool(SchemaColumn column, String cell) {
        return switch (cell.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "t", "yes" -> true;
            case "false", "0", "f", "no" -> false;
            default -> throw new RecordRejection(column.getName() + " must be true or false, got '" + cell + "'");
        };
    }

    private static String checkCategory(SchemaColumn column, String text, Set<String> categories) {
        storable(column.getName(), text);
        if (!categories.isEmpty() && !categories.contains(text)) {
            throw new RecordRejection(
                    column.getName() + " = " + StorableText.quote(text) + " is not one of its declared categories");
        }
        return text;
    }

    /** Rejects text that cannot be stored as it came, rather than store a replacement. */
    private static void storable(String member, String text) {
        var problem = StorableText.problem(text);
        if (problem != null) {
            throw new RecordRejection(member + " " + problem);
        }
    }

    /**
     * A time as ISO-8601 with an offset ({@code 2026-11-29T10:15:00Z}) or epoch milliseconds,
     * given by JSON kind and text.
     */
    static Instant time(String member, ValueType kind, String text) {
        var time = readTime(member, kind, text);
        if (!StorableTime.storable(time)) {
            throw new RecordRejection(member + " must lie " + StorableTime.RANGE);
        }
        return time;
    }

    private static Instant readTime(String member, ValueType kind, String text) {
        if (kind == null || kind == ValueType.NULL) {
            throw new RecordRejection("missing " + member);
        }
        if (kind == ValueType.NUMBER) {
            try {
                return Instant.ofEpochMilli(Long.parseLong(text));
            } catch (NumberFormatException notIntegral) {
                throw new RecordRejection(member + " must be an ISO-8601 time or whole epoch milliseconds");
            }
        }
        if (kind == ValueType.STRING) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                throw new RecordRejection(member + " " + StorableText.quote(text)
                        + " is not an ISO-8601 time with offset, e.g. 2026-11-29T10:15:00Z");
            }
        }
        throw new RecordRejection(member + " must be an ISO-8601 time or epoch milliseconds");
    }

    static Instant time(String member, JsonValue value) {
        return value == null ? time(member, null, null) : time(member, value.getValueType(), text(value));
    }

    /**
     * A prediction id: a JSON string of 1 to 200 characters. A number is refused rather than
     * read as its text, since {@code 1} and {@code 1.0} would then name different predictions.
     */
    static String id(ValueType kind, String text) {
        if (kind == null || kind == ValueType.NULL) {
            throw new RecordRejection("missing predictionId");
        }
        if (kind != ValueType.STRING) {
            throw new RecordRejection("predictionId must be a string, got " + kind);
        }
        if (text.isBlank() || text.length() > 200) {
            throw new RecordRejection("predictionId must be 1 to 200 characters");
        }
        storable("predictionId", text);
        return text;
    }

    static String id(JsonValue value) {
        return value == null ? id(null, null) : id(value.getValueType(), text(value));
    }
}
