package io.mdt.ingestion.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.mdt.ingestion.boundary.BatchTooLargeException;
import io.mdt.ingestion.boundary.MalformedBatchException;
import io.mdt.ingestion.boundary.RejectedRecord;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class PredictionRecordsTest {

    /** The rows a batch became, and its rejected records. */
    private record Read(CopyRows rows, List<RejectedRecord> rejected, List<String> columns) {}

    private static Read read(String json) {
        var records = new PredictionRecords(PredictionRecordsFixture.version());
        var outcome = BatchReader.read(new StringReader(json), 3, 3, true, records);
        return new Read(records.rows(), outcome.rejected(), records.sqlColumns());
    }

    @Test
    void turnsValidRecordsIntoTypedRowsInColumnOrder() {
        var records = read("""
                [{"predictionId": "p-1", "timestamp": "2026-11-29T10:15:00+01:00",
                  "features": {"age": 42, "country": "DE", "vip": true}, "prediction": 1,
                  "scores": {"p_yes": 0.83}, "segments": {"region": "EU\\tNorth"}},
                 {"predictionId": "7", "timestamp": 1764411300000,
                  "features": {"age": null, "country": "FR", "vip": false}, "prediction": 0}]
                """);

        assertThat(records.rejected()).isEmpty();
        assertThat(records.columns())
                .containsExactly("prediction_id", "event_time", "c2", "c3", "c4", "c5", "c6", "c8");
        assertThat(records.rows().content())
                .isEqualTo("p-1\t2026-11-29T10:15:00+01:00\t42\tDE\tt\t1\t0.83\tEU\\tNorth\n"
                        + "7\t2025-11-29T10:15:00Z\t\\N\tFR\tf\t0\t\\N\t\\N\n");
    }

    @Test
    void rejectsTextAndTimesThatCannotBeStoredAndKeepsTheGoodRecord() {
        var features = "\"features\": {\"age\": 1, \"country\": \"DE\", \"vip\": true}, \"prediction\": 1";
        var records = BatchReader.read(
                new StringReader("["
                        + String.join(
                                ",",
                                "{\"predictionId\": \"a\\u0000\", \"timestamp\": \"2026-11-29T10:15:00Z\", " + features
                                        + "}",
                                "{\"predictionId\": \"\\ud800\", \"timestamp\": \"2026-11-29T10:15:00Z\", " + features
                                        + "}",
                                "{\"predictionId\": 7, \"timestamp\": \"2026-11-29T10:15:00Z\", " + features + "}",
                                "{\"predictionId\": \"d\", \"timestamp\": \"0000-01-01T00:00:00Z\", " + features + "}",
                                "{\"predictionId\": \"e\", \"timestamp\": 9223372036854775807, " + features + "}",
                                "{\"predictionId\": \"f\", \"predictionId\": \"g\", \"timestamp\": \"2026-11-29T10:15:00Z\", "
                                        + features + "}",
                                "{\"predictionId\": \"h\", \"timestamp\": \"2026-11-29T10:15:00Z\", \"features\": {\"age\": 1, \"age\": 2, \"country\": \"DE\", \"vip\": true}, \"prediction\": 1}",
                                "{\"predictionId\": \"i\", \"timestamp\": \"2026-11-29T10:15:00Z\", \"features\": {\"age\": 1, \"country\": \"D\\u0000E\", \"vip\": true}, \"prediction\": 1}",
                                "{\"predictionId\": \"ok\", \"timestamp\": \"2026-11-29T10:15:00Z\", " + features + "}")
                        + "]"),
                100,
                100,
                false,
                new PredictionRecords(PredictionRecordsFixture.version()));

        assertThat(records.received()).isEqualTo(9);
        assertThat(records.rejected())
                .extracting(RejectedRecord::reason)
                .containsExactly(
                        "predictionId contains the NUL character (U+0000), which cannot be stored",
                        "predictionId is not valid Unicode: an unpaired surrogate (U+D800) at character 0",
                        "predictionId must be a string, got NUMBER",
                        "timestamp must lie from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999Z",
                        "timestamp must lie from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999Z",
                        "member 'predictionId' appears twice; each member may appear once",
                        "feature 'age' appears twice; each member may appear once",
                        "country contains the NUL character (U+0000), which cannot be stored");
    }

    @Test
    void rejectsEachBadRecordWithItsReasonAndKeepsTheOthers() {
        var records = read("""
                [{"predictionId": "a", "timestamp": "yesterday", "features": {"age": 1, "country": "DE", "vip": true}, "prediction": 1},
                 {"predictionId": "b", "timestamp": "2026-11-29T10:15:00Z", "features": {"age": "old", "country": "DE", "vip": true}, "prediction": 1},
                 {"predictionId": "c", "timestamp": "2026-11-29T10:15:00Z", "features": {"age": 1, "country": "DE", "vip": true, "zip": 1}, "prediction": 1}]
                """);

        assertThat(records.rows().rows()).isZero();
        assertThat(records.rejected())
                .extracting(RejectedRecord::index, RejectedRecord::reason)
                .containsExactly(
                        tuple(
                                0,
                                "timestamp 'yesterday' is not an ISO-8601 time with offset, e.g. 2026-11-29T10:15:00Z"),
                        tuple(1, "age must be a number, got STRING"),
                        tuple(2, "unknown feature member 'zip'"));
    }

    @Test
    void checksRangesCategoriesAndRequiredMembers() {
        var records = read("""
                [{"predictionId": "a", "timestamp": "2026-11-29T10:15:00Z", "features": {"age": 130, "country": "DE", "vip": true}, "prediction": 1},
                 {"predictionId": "b", "timestamp": "2026-11-29T10:15:00Z", "features": {"age": 3, "country": "US", "vip": true}, "prediction": 1},
                 {"predictionId": "c", "timestamp": "2026-11-29T10:15:00Z", "features": {"age": 3, "vip": true}, "prediction": 1}]
                """);

        assertThat(records.rejected())
                .extracting(RejectedRecord::reason)
                .containsExactly(
                        "age = 130 is outside the allowed range [0.0, 120.0]",
                        "country = 'US' is not one of its declared categories",
                        "missing feature 'country'");
    }

    @Test
    void failsTheWholeBatchWhenItIsNotJsonOrTooLong() {
        assertThatThrownBy(() -> read("[{\"predictionId\": ")).isInstanceOf(MalformedBatchException.class);
        assertThatThrownBy(() -> read("42")).isInstanceOf(MalformedBatchException.class);
        assertThatThrownBy(() -> read("[{}, {}, {}, {}]")).isInstanceOf(BatchTooLargeException.class);
    }

    @Test
    void keepsTheTextOfEachRejectedRecord() {
        var rejected = read("[{\"predictionId\": \"a\", \"nonsense\": [1, {\"x\": 2}]}, 5]")
                .rejected();

        assertThat(rejected)
                .extracting(RejectedRecord::index, RejectedRecord::record)
                .containsExactly(tuple(0, "{\"predictionId\": \"a\", \"nonsense\": [1, {\"x\": 2}]}"), tuple(1, null));
    }

    @Test
    void rewritesExponentsAndEpochTimesForTheDatabase() {
        var records =
                read("{\"predictionId\": \"e\", \"timestamp\": 0, \"features\": {\"age\": 1e1, \"country\": \"FR\","
                        + " \"vip\": false}, \"prediction\": -0.5}");

        assertThat(records.rejected()).isEmpty();
        assertThat(records.rows().content()).isEqualTo("e\t1970-01-01T00:00:00Z\t10.0\tFR\tf\t-0.5\t\\N\t\\N\n");
    }

    @Test
    void readsASingleRecordAndRejectsNonObjects() {
        assertThat(read("{\"predictionId\": \"x\", \"timestamp\": \"2026-11-29T10:15:00Z\","
                                + " \"features\": {\"age\": 1, \"country\": \"FR\", \"vip\": false}, \"prediction\": 0}")
                        .rows()
                        .rows())
                .isEqualTo(1);
        assertThat(read("[1, \"two\"]").rejected())
                .extracting(RejectedRecord::reason)
                .containsOnly("a record must be a JSON object");
    }

    @Test
    void readsActualsWithOrWithoutTheirTime() {
        var actuals = new ActualRecords(PredictionRecordsFixture.version());
        var outcome = BatchReader.read(new StringReader("""
                        [{"predictionId": "p-1", "actual": 1, "timestamp": "2026-11-30T08:00:00Z"},
                         {"predictionId": "p-2", "actual": 0},
                         {"predictionId": "p-3"},
                         {"predictionId": "p-4", "actual": "yes"}]
                        """), 10, 10, false, actuals);

        assertThat(actuals.rows().content()).startsWith("p-1\t1\t2026-11-30T08:00:00Z\np-2\t0\t");
        assertThat(actuals.rows().rows()).isEqualTo(2);
        assertThat(outcome.rejected())
                .extracting(RejectedRecord::reason)
                .containsExactly("missing actual", "outcome must be a number, got STRING");
    }
}
