package io.mdt.serving.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdt.ingestion.boundary.RejectedRecord;
import io.mdt.ingestion.control.BatchReader;
import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ServingRequestRecordTest {

    /** Reads the record and checks that the parser stands at its end, as a batch reader needs. */
    private static ServingRequestRecord read(String json) {
        try (var parser = Json.createParser(new StringReader("[" + json + ", 1]"))) {
            parser.next();
            parser.next();
            try {
                return ServingRequestRecord.read(parser);
            } finally {
                assertThat(parser.next()).isEqualTo(JsonParser.Event.VALUE_NUMBER);
            }
        }
    }

    @Test
    void aBatchReaderReadsEveryRecordOnceWhateverWasRefused() {
        var body = """
                [{"features": {"x1": 0.1}},
                 {"features": {"x1": "high"}},
                 {"features": {"x1": 0.3}, "features": {"x1": 0.4}},
                 {"features": {"x1": {"deep": [1, {"a": 2}]}}, "after": 1},
                 {"features": {"x1": -2}, "segments": {"channel": "web"}, "colour": 1}]
                """;
        var read = new java.util.ArrayList<ServingRequestRecord>();
        var outcome = BatchReader.read(new StringReader(body), 100, 100, false, parser -> {
            try {
                read.add(ServingRequestRecord.read(parser));
                return null;
            } catch (IllegalArgumentException refused) {
                return refused.getMessage();
            }
        });

        assertThat(outcome.received()).isEqualTo(5);
        assertThat(read).hasSize(2);
        assertThat(outcome.rejected()).extracting(RejectedRecord::index).containsExactly(2, 3, 4);
    }

    @Test
    void readsFeaturesIdAndSegments() {
        var record =
                read("{\"predictionId\": \"a\", \"features\": {\"x\": 1.5, \"c\": \"EU\", \"b\": true, \"n\": null},"
                        + " \"segments\": {\"channel\": \"web\"}}");

        assertThat(record.predictionId()).isEqualTo("a");
        assertThat(record.features().getJsonNumber("x").doubleValue()).isEqualTo(1.5);
        assertThat(record.features().getString("c")).isEqualTo("EU");
        assertThat(record.features().isNull("n")).isTrue();
        assertThat(record.segments().getString("channel")).isEqualTo("web");
    }

    @Test
    void refusesWhatIsNotDocumentedAndLeavesTheParserAtTheRecordsEnd() {
        assertThatThrownBy(() -> read("{\"features\": {\"x\": 1}, \"features\": {\"x\": 2}}"))
                .hasMessageContaining("appears twice");
        assertThatThrownBy(() -> read("{\"features\": {\"x\": 1, \"x\": {\"deep\": [1]}}}"))
                .hasMessageContaining("'x' appears twice");
        assertThatThrownBy(() -> read("{\"features\": {\"x\": [1, 2]}, \"more\": 1}"))
                .hasMessageContaining("must be a number, text, a boolean or null");
        assertThatThrownBy(() -> read("{\"predictionId\": 5, \"features\": {}}"))
                .hasMessageContaining("predictionId must be text");
        assertThatThrownBy(() -> read("{\"features\": {}, \"segments\": {\"s\": 1}}"))
                .hasMessageContaining("segments member 's' must be text");
        assertThatThrownBy(() -> read("{\"timestamp\": \"2026-01-01T00:00:00Z\", \"features\": {}}"))
                .hasMessageContaining("unknown member 'timestamp'");
        assertThatThrownBy(() -> read("{\"features\": [1]}")).hasMessageContaining("features must be an object");
        assertThatThrownBy(() -> read("{\"segments\": {}}")).hasMessageContaining("missing features");
    }
}
