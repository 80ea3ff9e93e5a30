package io.mdt.ingestion.control;

import io.mdt.ingestion.boundary.BatchTooLargeException;
import io.mdt.ingestion.boundary.MalformedBatchException;
import io.mdt.ingestion.boundary.RejectedRecord;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the records of a JSON body, which is one record (an object) or a batch (an array
 * of objects), handing each to a consumer positioned on the record. A body that is not JSON,
 * or not of that shape, or longer than the limit fails as a whole before anything is stored.
 */
public final class BatchReader {

    /** Reads one record, from its START_OBJECT through its END_OBJECT. */
    public interface RecordConsumer {
        /** @return null when the record was taken, otherwise why it was rejected */
        String accept(JsonParser record);
    }

    /** How many records arrived, and the rejected ones (the first {@code reported} of them). */
    public record Outcome(int received, long rejectedCount, List<RejectedRecord> rejected) {}

    private static final String NOT_AN_OBJECT = "a record must be a JSON object";

    private BatchReader() {}

    /**
     * Reads every record. With {@code keepText}, each rejected record carries the text it
     * arrived as (for dead letters); otherwise only its index and reason.
     */
    public static Outcome read(Reader body, int limit, int reported, boolean keepText, RecordConsumer consumer) {
        var source = nonEmpty(body);
        var text = keepText ? new RecordTextReader(source) : null;
        var batch = new Batch(limit, reported, text, consumer);
        try (var parser = Json.createParser(text != null ? text : source)) {
            switch (parser.next()) {
                case START_OBJECT -> batch.record(parser);
                case START_ARRAY -> batch.array(parser);
                default -> throw new MalformedBatchException("expected a JSON record or an array of records");
            }
            if (parser.hasNext()) {
                throw new MalformedBatchException("unexpected content after the JSON value");
            }
            return new Outcome(batch.index, batch.rejectedCount, batch.rejected);
        } catch (JsonException e) {
            throw new MalformedBatchException("malformed JSON: " + e.getMessage());
        }
    }

    /** The body, after checking that it holds more than white space. */
    private static Reader nonEmpty(Reader body) {
        var reader = new PushbackReader(body, 1);
        try {
            int c = reader.read();
            while (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                c = reader.read();
            }
            if (c < 0) {
                throw new MalformedBatchException("the body is empty; expected a JSON record or an array of records");
            }
            reader.unread(c);
            return reader;
        } catch (CharacterCodingException e) {
            throw new MalformedBatchException("the body is not valid UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Batch {
        private final int limit;
        private final int reported;
        private final RecordTextReader text;
        private final RecordConsumer consumer;
        private final List<RejectedRecord> rejected = new ArrayList<>();
        private long rejectedCount;
        private int index;

        Batch(int limit, int reported, RecordTextReader text, RecordConsumer consumer) {
            this.limit = limit;
            this.reported = reported;
            this.text = text;
            this.consumer = consumer;
        }

        void array(JsonParser parser) {
            for (var event = parser.next(); event != JsonParser.Event.END_ARRAY; event = parser.next()) {
                if (index == limit) {
                    throw new BatchTooLargeException(limit);
                }
                if (event == JsonParser.Event.START_OBJECT) {
                    record(parser);
                } else {
                    skip(parser, event);
                    reject(NOT_AN_OBJECT, null);
                    index++;
                }
            }
        }

        void record(JsonParser parser) {
            long start = parser.getLocation().getStreamOffset() - 1;
            if (text != null) {
                text.forgetBefore(start);
            }
            var reason = consumer.accept(parser);
            if (reason != null) {
                reject(
                        reason,
                        text == null
                                ? null
                                : text.text(start, parser.getLocation().getStreamOffset()));
            }
            index++;
        }

        private void reject(String reason, String record) {
            rejectedCount++;
            if (rejected.size() < reported) {
                rejected.add(new RejectedRecord(index, reason, record));
            }
        }

        private static void skip(JsonParser parser, JsonParser.Event event) {
            if (event == JsonParser.Event.START_ARRAY) {
                parser.skipArray();
            } else if (event == JsonParser.Event.START_OBJECT) {
                parser.skipObject();
            }
        }
    }
}
