package io.mdt.system;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.PGConnection;

/**
 * Evaluation time of the newest window as a version's stored predictions grow from the window
 * alone to 50 million, and ingestion throughput into the same version at each size. The newest
 * hour always holds the same 10,000 predictions; older ones fill the twelve weeks before it,
 * loaded with {@code COPY} straight into the version's partitioned table (the REST path would
 * take hours for 50 million). After one evaluation and one round of ingestion to warm the
 * server up, at each size the newest window is evaluated again five times through the API and
 * the server's own measure of each run ({@code durationMillis}) is kept; then 20 REST batches
 * of 5,000 new predictions are timed. Not part of the suite, its name not
 * ending in IT: {@code bench/retention.sh} runs it and the table goes to {@code target/retention.md}.
 */
@ExtendWith(RunningMdt.class)
class RetentionBenchmark {

    static final int WINDOW_ROWS = 10_000;
    static final long[] SIZES = {WINDOW_ROWS, 1_000_000, 10_000_000, 50_000_000};
    static final int EVALUATIONS = 5;
    static final int INGEST_BATCHES = 20;
    static final int INGEST_BATCH = 5_000;
    static final Duration HISTORY = Duration.ofDays(84);

    private final Mdt mdt;
    private final SyntheticStream stream = new SyntheticStream(21, Set.of(), Instant.MAX);
    private final SplittableRandom random = new SplittableRandom(21);

    RetentionBenchmark(Mdt mdt) {
        this.mdt = mdt;
    }

    @Test
    void newestWindowEvaluationAsStoredPredictionsGrow() throws Exception {
        var model = Mdt.uniqueName("growing");
        mdt.createModel(model, "REGRESSION");
        mdt.api()
                .body(SyntheticStream.schema("v1"))
                .post("/models/" + model + "/versions")
                .then()
                .statusCode(201);
        mdt.api()
                .contentType("text/csv")
                .body(stream.referenceCsv(5_000))
                .post("/models/" + model + "/versions/v1/references")
                .then()
                .statusCode(201);
        long version =
                mdt.api().get("/models/" + model + "/versions/v1").jsonPath().getLong("id");
        var windowStart = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(2));
        var historyEnd = windowStart.minus(Duration.ofHours(1));
        var spacing = Duration.ofMillis(3600_000 / WINDOW_ROWS);
        mdt.api()
                .body(stream.batch("window-", 0, WINDOW_ROWS, windowStart, spacing))
                .post("/models/" + model + "/versions/v1/predictions")
                .then()
                .statusCode(200);
        for (long day = 0; day <= HISTORY.toDays(); day += 7) {
            mdt.api()
                    .body(stream.batch("seed-" + day + "-", 0, 1, historyEnd.minus(Duration.ofDays(day)), spacing))
                    .post("/models/" + model + "/versions/v1/predictions")
                    .then()
                    .statusCode(200);
        }
        mdt.api().post("/models/" + model + "/retention/maintenance").then().statusCode(200);
        long monitor = mdt.createMonitor(
                model, "{\"name\": \"hourly\", \"cron\": \"0 0 1 1 *\", \"window\": \"PT1H\", \"minRows\": 100}");

        evaluate(monitor, windowStart);
        ingest(model, "warm-up");
        var lines = new ArrayList<String>();
        lines.add("| stored predictions | partitions | bytes per prediction on disk | evaluation of the newest window,"
                + " median of " + EVALUATIONS + " (min-max) ms | ingestion, " + INGEST_BATCHES + " x " + INGEST_BATCH
                + " via REST, records/s |");
        lines.add("|---:|---:|---:|---:|---:|");
        long stored = mdt.count("SELECT count(*) FROM mdt_data.predictions_" + version);
        for (long size : SIZES) {
            if (size > stored) {
                load(version, size - stored, historyEnd);
                stored = mdt.count("SELECT count(*) FROM mdt_data.predictions_" + version);
            }
            mdt.execute("ANALYZE mdt_data.predictions_" + version);
            var durations = evaluate(monitor, windowStart);
            double throughput = ingest(model, String.valueOf(stored));
            stored = mdt.count("SELECT count(*) FROM mdt_data.predictions_" + version);
            long partitions = mdt.count("SELECT count(*) FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent"
                    + " WHERE p.relname = 'predictions_" + version + "'");
            long bytes = mdt.count("SELECT sum(pg_total_relation_size(i.inhrelid)) + pg_total_relation_size("
                    + "'mdt_data.predictions_" + version + "_keys') FROM pg_inherits i"
                    + " WHERE i.inhparent = 'mdt_data.predictions_" + version + "'::regclass");
            lines.add(String.format(
                    Locale.ROOT,
                    "| %,d | %d | %d | %d (%d-%d) | %,.0f |",
                    stored,
                    partitions,
                    bytes / stored,
                    durations.get(durations.size() / 2),
                    durations.get(0),
                    durations.get(durations.size() - 1),
                    throughput));
            System.out.println(lines.get(lines.size() - 1));
        }
        var table = String.join("\n", lines) + "\n";
        System.out.println(table);
        Files.writeString(Path.of("target", "retention.md"), table);
    }

    /** Copies {@code rows} predictions spread evenly over the weeks before the newest window. */
    private void load(long version, long rows, Instant historyEnd) throws Exception {
        var columns = mdt
                .ids("SELECT column_name::text FROM information_schema.columns WHERE table_schema = 'mdt_data'"
                        + " AND table_name = 'predictions_" + version + "' AND column_name ~ '^c[0-9]+$'")
                .stream()
                .sorted()
                .toList();
        try (var connection = DriverManager.getConnection(
                mdt.database().jdbcUrl(), mdt.database().user(), mdt.database().password())) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            long first = mdt.count("SELECT count(*) FROM mdt_data.predictions_" + version);
            long step = HISTORY.toMillis() / rows;
            copy.copyIn(
                    "COPY mdt_data.predictions_" + version + " (prediction_id, event_time, "
                            + String.join(", ", columns) + ") FROM STDIN",
                    new GeneratedRows(rows, first, historyEnd, Math.max(1, step), columns.size()));
        }
    }

    /** The server's durations of re-evaluating the newest window, sorted. */
    private List<Long> evaluate(long monitor, Instant windowStart) throws InterruptedException {
        var durations = new ArrayList<Long>();
        for (int i = 0; i < EVALUATIONS; i++) {
            mdt.api()
                    .body("{\"from\": \"" + windowStart + "\", \"to\": \"" + windowStart.plus(Duration.ofHours(1))
                            + "\"}")
                    .post("/monitors/" + monitor + "/backfill")
                    .then()
                    .statusCode(200);
            var runs = mdt.awaitRuns(monitor, r -> Mdt.count(r, "DONE") == 1 && r.size() == 1);
            durations.add(((Number) runs.get(0).get("durationMillis")).longValue());
        }
        durations.sort(Long::compare);
        return durations;
    }

    /** Records per second of new predictions, in the newest hour, through the REST endpoint. */
    private double ingest(String model, String round) {
        var start = Instant.now().truncatedTo(ChronoUnit.HOURS);
        var batches = new ArrayList<String>();
        for (int b = 0; b < INGEST_BATCHES; b++) {
            batches.add(stream.batch("live-" + round + "-" + b + "-", 0, INGEST_BATCH, start, Duration.ofMillis(1)));
        }
        long began = System.nanoTime();
        for (var batch : batches) {
            mdt.api()
                    .body(batch)
                    .post("/models/" + model + "/versions/v1/predictions")
                    .then()
                    .statusCode(200);
        }
        return INGEST_BATCHES * (double) INGEST_BATCH / ((System.nanoTime() - began) / 1e9);
    }

    /** COPY text rows generated as they are read, so that 50 million never sit in memory. */
    private final class GeneratedRows extends Reader {

        private final long rows;
        private final long firstId;
        private final Instant end;
        private final long stepMillis;
        private final int values;
        private long next;
        private String line = "";
        private int position;

        GeneratedRows(long rows, long firstId, Instant end, long stepMillis, int values) {
            this.rows = rows;
            this.firstId = firstId;
            this.end = end;
            this.stepMillis = stepMillis;
            this.values = values;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            int written = 0;
            while (written < length) {
                if (position == line.length()) {
                    if (next == rows) {
                        return written == 0 ? -1 : written;
                    }
                    line = row(next++);
                    position = 0;
                }
                int n = Math.min(length - written, line.length() - position);
                line.getChars(position, position + n, buffer, offset + written);
                position += n;
                written += n;
            }
            return written;
        }

        private String row(long index) {
            var text = new StringBuilder(160);
            text.append("h").append(firstId + index).append('\t').append(end.minusMillis(index * stepMillis));
            for (int v = 0; v < values; v++) {
                text.append('\t')
                        .append(Math.round(random.nextGaussian() * 1e5))
                        .append("e-5");
            }
            return text.append('\n').toString();
        }

        @Override
        public void close() throws IOException {}
    }
}
