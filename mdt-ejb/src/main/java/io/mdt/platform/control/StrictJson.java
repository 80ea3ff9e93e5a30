package io.mdt.platform.control;

import io.mdt.platform.boundary.MalformedJsonException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.Reader;
import java.util.HashSet;

/**
 * Reads JSON strictly, so that a client's mistake is reported instead of guessed at: one value
 * and nothing after it, no member twice in an object, at most {@value #MAX_DEPTH} levels of
 * nesting, and only text that can be stored ({@link StorableText}). A value is always read to
 * its end before its first problem is reported, so a reader streaming a batch stays on the
 * next record; the work is bounded by the size of the input. Binding to a record type is
 * {@link JsonBinding}'s.
 */
public final class StrictJson {

    public static final int MAX_DEPTH = 64;

    private MalformedJsonException problem;

    private StrictJson() {}

    /** The one JSON value of a document. */
    public static JsonValue parse(Reader document) {
        try (var parser = Json.createParser(document)) {
            if (!parser.hasNext()) {
                throw new MalformedJsonException("body", "is empty; expected a JSON document");
            }
            var reading = new StrictJson();
            var value = reading.value(parser, parser.next(), "body", 1);
            reading.raise();
            if (parser.hasNext()) {
                throw new MalformedJsonException("body", "has content after its JSON value");
            }
            return value;
        } catch (JsonException e) {
            throw new MalformedJsonException("body", "is not valid JSON: " + e.getMessage());
        }
    }

    /**
     * The object that starts at the parser's current {@code START_OBJECT}, read with the same
     * rules, for readers that stream a batch and take its records one by one.
     */
    public static JsonObject object(JsonParser parser, String path) {
        var reading = new StrictJson();
        var object = reading.value(parser, JsonParser.Event.START_OBJECT, path, 1);
        reading.raise();
        return object.asJsonObject();
    }

    private JsonValue value(JsonParser parser, JsonParser.Event event, String path, int depth) {
        boolean container = event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY;
        if (container && depth > MAX_DEPTH) {
            note(path, "is nested deeper than " + MAX_DEPTH + " levels");
            if (event == JsonParser.Event.START_OBJECT) {
                parser.skipObject();
            } else {
                parser.skipArray();
            }
            return JsonValue.NULL;
        }
        return switch (event) {
            case START_OBJECT -> object(parser, path, depth + 1);
            case START_ARRAY -> array(parser, path, depth + 1);
            case VALUE_STRING -> Json.createValue(text(parser.getString(), path));
            case VALUE_NUMBER -> parser.getValue();
            case VALUE_TRUE -> JsonValue.TRUE;
            case VALUE_FALSE -> JsonValue.FALSE;
            default -> JsonValue.NULL;
        };
    }

    private JsonValue object(JsonParser parser, String path, int depth) {
        var builder = Json.createObjectBuilder();
        var names = new HashSet<String>();
        for (var event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
            var name = text(parser.getString(), path + " member name");
            var member = member(path, name);
            if (!names.add(name)) {
                note(member, "appears twice; each member may appear once");
            }
            builder.add(name, value(parser, parser.next(), member, depth));
        }
        return builder.build();
    }

    private JsonValue array(JsonParser parser, String path, int depth) {
        var builder = Json.createArrayBuilder();
        int index = 0;
        for (var event = parser.next(); event != JsonParser.Event.END_ARRAY; event = parser.next()) {
            builder.add(value(parser, event, path + "[" + index++ + "]", depth));
        }
        return builder.build();
    }

    private String text(String text, String path) {
        var reason = StorableText.problem(text);
        if (reason != null) {
            note(path, reason);
        }
        return text;
    }

    private void note(String path, String reason) {
        if (problem == null) {
            problem = new MalformedJsonException(path, reason);
        }
    }

    private void raise() {
        if (problem != null) {
            throw problem;
        }
    }

    static String member(String path, String name) {
        var shown = StorableText.storable(name) ? name : StorableText.quote(name);
        return "body".equals(path) ? shown : path + "." + shown;
    }
}
