package io.mdt.ingestion.control;

import io.mdt.ingestion.boundary.BatchTooLargeException;
import io.mdt.ingestion.boundary.MalformedBatchException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import java.io.Reader;

/**
 * Streams the records of a JSON body, which is one record (an object) or a batch (an array
 * of objects), handing each to a consumer with its index. A body that is not JSON, or not of
 * that shape, or longer than the limit fails as a whole before anything is stored.
 */
public final class BatchReader {

    /** Receives one record; a member that is not an object arrives as null. */
    public interface RecordConsumer {
        void accept(int index, JsonObject record);
    }

    private BatchReader() {}

    /** Reads every record and returns how many there were. */
    public static int read(Reader body, int limit, RecordConsumer consumer) {
        try (var parser = Json.createParser(body)) {
            if (!parser.hasNext()) {
                throw new MalformedBatchException("the body is empty; expected a JSON record or an array of records");
            }
            int count = switch (parser.next()) {
                case START_OBJECT -> {
                    consumer.accept(0, parser.getObject());
                    yield 1;
                }
                case START_ARRAY -> readArray(parser, limit, consumer);
                default -> throw new MalformedBatchException("expected a JSON record or an array of records");
            };
            if (parser.hasNext()) {
                throw new MalformedBatchException("unexpected content after the JSON value");
            }
            return count;
        } catch (JsonException e) {
            throw new MalformedBatchException("malformed JSON: " + e.getMessage());
        }
    }

    private static int readArray(JsonParser parser, int limit, RecordConsumer consumer) {
        int index = 0;
        while (true) {
            var event = parser.next();
            if (event == JsonParser.Event.END_ARRAY) {
                return index;
            }
            if (index == limit) {
                throw new BatchTooLargeException(limit);
            }
            if (event == JsonParser.Event.START_OBJECT) {
                consumer.accept(index, parser.getObject());
            } else {
                skipValue(parser, event);
                consumer.accept(index, null);
            }
            index++;
        }
    }

    private static void skipValue(JsonParser parser, JsonParser.Event event) {
        if (event == JsonParser.Event.START_ARRAY) {
            parser.skipArray();
        }
    }
}
