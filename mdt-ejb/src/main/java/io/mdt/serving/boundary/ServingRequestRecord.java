package io.mdt.serving.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * One record of a request to a served model, read strictly from the parser: {@code features}
 * (an object of numbers, text, booleans or nulls), and optionally {@code predictionId} (text)
 * and {@code segments} (an object of text). No member may appear twice, and no other member is
 * taken: the prediction and its time come from MDT. A record replayed from MDT's own data
 * ({@link Serving#replay}) keeps the time it was first seen at.
 */
record ServingRequestRecord(String predictionId, JsonObject features, JsonObject segments, Instant timestamp) {

    static final Set<String> MEMBERS = Set.of("predictionId", "features", "segments");

    /** Reads the record whose START_OBJECT the parser has just given. */
    static ServingRequestRecord read(JsonParser parser) {
        String predictionId = null;
        JsonObject features = null;
        JsonObject segments = null;
        var seen = new HashSet<String>();
        for (var event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
            var member = parser.getString();
            if (!seen.add(member)) {
                skipRest(parser);
                throw new IllegalArgumentException("member '" + member + "' appears twice");
            }
            var value = parser.next();
            switch (member) {
                case "predictionId" -> {
                    if (value != JsonParser.Event.VALUE_STRING) {
                        skip(parser, value);
                        skipRest(parser);
                        throw new IllegalArgumentException("predictionId must be text");
                    }
                    predictionId = parser.getString();
                }
                case "features" -> features = section(parser, value, "features", false);
                case "segments" -> segments = section(parser, value, "segments", true);
                default -> {
                    skip(parser, value);
                    skipRest(parser);
                    throw new IllegalArgumentException(
                            "unknown member '" + member + "'; a record to score has " + String.join(", ", MEMBERS));
                }
            }
        }
        if (features == null) {
            throw new IllegalArgumentException("missing features");
        }
        return new ServingRequestRecord(predictionId, features, segments, null);
    }

    private static JsonObject section(JsonParser parser, JsonParser.Event event, String name, boolean textOnly) {
        if (event != JsonParser.Event.START_OBJECT) {
            skip(parser, event);
            skipRest(parser);
            throw new IllegalArgumentException(name + " must be an object");
        }
        var values = Json.createObjectBuilder();
        var seen = new HashSet<String>();
        for (var next = parser.next(); next != JsonParser.Event.END_OBJECT; next = parser.next()) {
            var key = parser.getString();
            var value = parser.next();
            if (!seen.add(key)) {
                skip(parser, value);
                skipSection(parser);
                throw new IllegalArgumentException(name + " member '" + key + "' appears twice");
            }
            if (!put(values, key, value, parser, textOnly)) {
                skip(parser, value);
                skipSection(parser);
                throw new IllegalArgumentException(name + " member '" + key + "' must be "
                        + (textOnly ? "text" : "a number, text, a boolean or null"));
            }
        }
        return values.build();
    }

    private static boolean put(
            JsonObjectBuilder values, String key, JsonParser.Event value, JsonParser parser, boolean textOnly) {
        switch (value) {
            case VALUE_STRING -> values.add(key, parser.getString());
            case VALUE_NUMBER -> values.add(key, parser.getBigDecimal());
            case VALUE_TRUE -> values.add(key, JsonValue.TRUE);
            case VALUE_FALSE -> values.add(key, JsonValue.FALSE);
            case VALUE_NULL -> values.addNull(key);
            default -> {
                return false;
            }
        }
        return textOnly ? value == JsonParser.Event.VALUE_STRING : true;
    }

    /** Skips the value that starts with this event, when it is an object or an array. */
    private static void skip(JsonParser parser, JsonParser.Event event) {
        if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
            close(parser, 1);
        }
    }

    /** Skips to the end of the section being read, and of the record. */
    private static void skipSection(JsonParser parser) {
        close(parser, 2);
    }

    /** Skips to the end of the record. */
    private static void skipRest(JsonParser parser) {
        close(parser, 1);
    }

    /**
     * Reads events until {@code depth} open objects or arrays are closed, counting them itself:
     * the parser's own skipping left some runtimes' parsers out of step with the batch.
     */
    private static void close(JsonParser parser, int depth) {
        while (depth > 0) {
            switch (parser.next()) {
                case START_OBJECT, START_ARRAY -> depth++;
                case END_OBJECT, END_ARRAY -> depth--;
                default -> {}
            }
        }
    }
}
