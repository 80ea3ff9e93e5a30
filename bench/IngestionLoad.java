import jakarta.jms.DeliveryMode;
import jakarta.jms.Session;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.postgresql.PGConnection;

/**
 * Load generator for MDT's ingestion: 20-feature predictions through REST batches and through
 * JMS, each sustained for a given time, beside PostgreSQL's own COPY of the same rows.
 *
 * <pre>java -cp "mdt-launcher/target/lib/*" bench/IngestionLoad.java BASE_URL BROKER_URL JDBC_URL [SECONDS] [CLIENTS] [PHASES]</pre>
 *
 * {@code JDBC_URL} carries the application role's login ({@code ?user=mdt&password=...}),
 * {@code BROKER_URL} the ingest identity's ({@code ?user=mdt-ingest&password=...}).
 *
 * Then one evaluation of a 1,000,000-prediction window against a 100,000-row reference,
 * timed by the run itself. {@code PHASES} picks some of {@code rest,jms,copy,eval,performance,reference} (all by default).
 */
public class IngestionLoad {

    static final int FEATURES = 20;
    static final int REST_BATCH = 10_000;
    static final int JMS_BATCH = 10_000;
    static final String TOKEN = "@B@";

    public static void main(String[] args) throws Exception {
        var bases = List.of(args[0].split(","));
        var base = bases.get(0);
        var broker = args[1];
        var jdbc = args[2];
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        int clients = args.length > 4 ? Integer.parseInt(args[4]) : 4;
        var phases = List.of((args.length > 5 ? args[5] : "rest,jms,copy,windows,eval,performance,reference").split(","));
        var model = "load-" + System.currentTimeMillis();
        setUp(base, model);
        System.out.printf(Locale.ROOT, "machine: %d cores, Java %s; %d s per phase, %d clients, %d server(s) %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), seconds, clients,
                bases.size(), bases);
        if (phases.contains("rest")) {
            double rest = rest(bases, model, seconds, clients);
            System.out.printf(Locale.ROOT, "REST  batches of %,d: %,.0f predictions/s%n", REST_BATCH, rest);
        }
        if (phases.contains("jms")) {
            double jms = jms(broker, jdbc, model, seconds, clients);
            System.out.printf(Locale.ROOT, "JMS   batches of %,d: %,.0f predictions/s%n", JMS_BATCH, jms);
        }
        if (phases.contains("copy")) {
            double copy = copy(jdbc, 500_000);
            System.out.printf(Locale.ROOT, "COPY  500,000 rows, 20 typed columns, straight into PostgreSQL: %,.0f rows/s%n", copy);
        }
        if (phases.contains("windows")) {
            windows(bases, 200, 5_000);
        }
        if (phases.contains("eval")) {
            evaluation(base, 1_000_000, 100_000);
        }
        if (phases.contains("performance")) {
            performanceEvaluation(base, 1_000_000, 100_000);
        }
        if (phases.contains("reference")) {
            referenceUpload(base, 1_000_000, 100);
        }
    }

    /**
     * Uploads a CSV file of {@code rows} x {@code columns} numbers (written once under
     * target/) as multipart form data, streamed from disk, and reports the time and the
     * largest heap the server used meanwhile, sampled from its metrics.
     */
    static void referenceUpload(String base, int rows, int columns) throws Exception {
        var file = Path.of("target", "bench-reference-" + rows + "x" + columns + ".csv");
        if (!Files.exists(file)) {
            writeReferenceCsv(file, rows, columns);
        }
        var model = "reference-" + System.currentTimeMillis();
        post(base + "/api/v1/models", "{\"name\": \"" + model + "\", \"taskType\": \"REGRESSION\"}");
        var schema = new StringBuilder("{\"name\": \"id\", \"role\": \"ID\"}, {\"name\": \"time\", \"role\": \"TIMESTAMP\"}");
        for (int c = 0; c < columns; c++) {
            schema.append(", {\"name\": \"x").append(c).append("\", \"role\": \"FEATURE\", \"type\": \"NUMERICAL\"}");
        }
        post(base + "/api/v1/models/" + model + "/versions", "{\"label\": \"v1\", \"columns\": [" + schema + "]}");
        var boundary = "mdt-bench-" + System.nanoTime();
        var body = HttpRequest.BodyPublishers.concat(
                HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                        + "filename=\"reference.csv\"\r\nContent-Type: text/csv\r\n\r\n"),
                HttpRequest.BodyPublishers.ofFile(file),
                HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"));
        var heap = new AtomicLong();
        var sampling = Executors.newSingleThreadScheduledExecutor();
        sampling.scheduleAtFixedRate(() -> heap.accumulateAndGet(usedHeap(base), Math::max), 0, 250, TimeUnit.MILLISECONDS);
        long begin = System.nanoTime();
        var response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/models/" + model + "/versions/v1/references")).header("Authorization", Credentials.AUTHORIZATION)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(body).build(),
                HttpResponse.BodyHandlers.ofString());
        double elapsed = (System.nanoTime() - begin) / 1e9;
        sampling.shutdownNow();
        if (response.statusCode() != 201) {
            throw new IllegalStateException("reference upload: " + response.statusCode() + " " + response.body());
        }
        System.out.printf(Locale.ROOT, "REF   multipart CSV upload, %,d rows x %d columns (%,d MB): %.1f s, %,.0f rows/s, "
                        + "server heap at most %,d MB (%s)%n",
                rows, columns, Files.size(file) >> 20, elapsed, rows / elapsed, heap.get() >> 20,
                response.body().length() > 160 ? response.body().substring(0, 160) + "..." : response.body());
    }

    static void writeReferenceCsv(Path file, int rows, int columns) throws Exception {
        Files.createDirectories(file.getParent());
        var random = new Random(5);
        try (var out = Files.newBufferedWriter(file)) {
            for (int c = 0; c < columns; c++) {
                out.write(c == 0 ? "x0" : ",x" + c);
            }
            out.write('\n');
            var line = new StringBuilder();
            for (int r = 0; r < rows; r++) {
                line.setLength(0);
                for (int c = 0; c < columns; c++) {
                    long thousandths = Math.round(random.nextGaussian() * 1000);
                    if (c > 0) {
                        line.append(',');
                    }
                    if (thousandths < 0) {
                        line.append('-');
                        thousandths = -thousandths;
                    }
                    line.append(thousandths / 1000).append('.');
                    long fraction = thousandths % 1000;
                    line.append(fraction < 100 ? (fraction < 10 ? "00" : "0") : "").append(fraction);
                }
                out.append(line).append('\n');
            }
        }
    }

    /** The server's used heap, from MicroProfile Metrics. */
    static long usedHeap(String base) {
        try {
            var metrics = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + "/metrics?scope=base")).header("Authorization", Credentials.AUTHORIZATION).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            var matcher = java.util.regex.Pattern.compile("(?m)^memory_usedHeap_bytes(?:\\{[^}]*\\})? ([0-9.E+]+)")
                    .matcher(metrics);
            return matcher.find() ? (long) Double.parseDouble(matcher.group(1)) : 0;
        } catch (Exception e) {
            return 0;
        }
    }

    /**
     * Evaluation throughput: a backfill of {@code windows} hourly windows of {@code rows}
     * predictions each, queued at once and taken by the evaluation workers of every server,
     * timed from the backfill request to the last run done; each server's share from its
     * {@code mdt_windows_evaluated_total}.
     */
    static void windows(List<String> bases, int windows, int rows) throws Exception {
        var base = bases.get(0);
        var model = "windows-" + System.currentTimeMillis();
        setUp(base, model);
        var start = Instant.parse("2026-10-01T00:00:00Z");
        var uri = base + "/api/v1/models/" + model + "/versions/v1/predictions";
        int total = windows * rows;
        for (int b = 0; b < total / REST_BATCH; b++) {
            var batch = batch(REST_BATCH, 200 + b, start).replace(TOKEN, "w" + b);
            long offset = (long) b * REST_BATCH;
            send(uri, "application/json", shiftSeconds(batch, start, offset, 3600.0 / rows));
        }
        var versionPath = base + "/api/v1/models/" + model + "/versions/v1";
        send(versionPath + "/references", "text/csv", referenceCsv(10_000));
        var monitor = send(versionPath + "/monitors", "application/json",
                "{\"name\": \"throughput\", \"cron\": \"0 0 1 1 *\", \"window\": \"PT1H\", \"minRows\": 1}");
        var id = monitor.replaceAll("(?s).*\"id\":(\\d+).*", "$1");
        var before = bases.stream().mapToDouble(IngestionLoad::windowsEvaluated).toArray();
        long begin = System.nanoTime();
        send(base + "/api/v1/monitors/" + id + "/backfill", "application/json",
                "{\"from\": \"" + start + "\", \"to\": \"" + start.plusSeconds(3600L * windows) + "\"}");
        var http = HttpClient.newHttpClient();
        while (true) {
            var page = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/monitors/" + id + "/runs?size=500"))
                                    .header("Authorization", Credentials.AUTHORIZATION).build(),
                            HttpResponse.BodyHandlers.ofString()).body();
            long done = page.split("\"status\":\"DONE\"", -1).length - 1;
            if (done >= windows) {
                break;
            }
            Thread.sleep(200);
        }
        double elapsed = (System.nanoTime() - begin) / 1e9;
        var shares = new StringBuilder();
        for (int i = 0; i < bases.size(); i++) {
            shares.append(i == 0 ? "" : ", ").append(bases.get(i)).append(' ')
                    .append(Math.round(windowsEvaluated(bases.get(i)) - before[i]));
        }
        System.out.printf(Locale.ROOT, "WINS  %d windows of %,d predictions x %d features: %.1f s, %.1f windows/s (%s)%n",
                windows, rows, FEATURES, elapsed, windows / elapsed, shares);
    }

    /** The batch's timestamps, one second apart from {@code start}, moved to {@code spacing} seconds apart from row {@code offset}. */
    static String shiftSeconds(String batch, Instant start, long offset, double spacing) {
        var result = new StringBuilder(batch.length());
        var matcher = java.util.regex.Pattern.compile("\"timestamp\": \"([^\"]+)\"").matcher(batch);
        while (matcher.find()) {
            long i = Instant.parse(matcher.group(1)).getEpochSecond() - start.getEpochSecond();
            var time = start.plusMillis(Math.round((offset + i) * spacing * 1000));
            matcher.appendReplacement(result, "\"timestamp\": \"" + time + "\"");
        }
        matcher.appendTail(result);
        return result.toString();
    }

    static String referenceCsv(int rows) {
        var random = new Random(4);
        var csv = new StringBuilder(rows * 200);
        for (int f = 0; f < FEATURES; f++) {
            csv.append(f == 0 ? "" : ",").append('f').append(f);
        }
        csv.append('\n');
        for (int i = 0; i < rows; i++) {
            for (int f = 0; f < FEATURES; f++) {
                csv.append(f == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.6f", random.nextGaussian()));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    /** The windows this server evaluated so far, summed over models and outcomes. */
    static double windowsEvaluated(String base) {
        try {
            var metrics = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + "/metrics?scope=application")).header("Authorization", Credentials.AUTHORIZATION).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            var matcher = java.util.regex.Pattern.compile("(?m)^mdt_windows_evaluated_total\\{[^}]*} ([0-9.E+]+)").matcher(metrics);
            double total = 0;
            while (matcher.find()) {
                total += Double.parseDouble(matcher.group(1));
            }
            return total;
        } catch (Exception e) {
            return 0;
        }
    }

    /**
     * One evaluation of a window of {@code window} predictions against a reference of
     * {@code reference} rows, timed by the run itself: from reading the database to the
     * stored result.
     */
    static void evaluation(String base, int window, int reference) throws Exception {
        var model = "eval-" + System.currentTimeMillis();
        setUp(base, model);
        var start = Instant.ofEpochSecond(1_764_000_000L);
        var uri = base + "/api/v1/models/" + model + "/versions/v1/predictions";
        for (int b = 0; b < window / REST_BATCH; b++) {
            send(uri, "application/json", batch(REST_BATCH, 100 + b, start.plusSeconds((long) b * REST_BATCH))
                    .replace(TOKEN, "e" + b));
        }
        var random = new Random(4);
        var csv = new StringBuilder(reference * 200);
        for (int f = 0; f < FEATURES; f++) {
            csv.append(f == 0 ? "" : ",").append('f').append(f);
        }
        csv.append('\n');
        for (int i = 0; i < reference; i++) {
            for (int f = 0; f < FEATURES; f++) {
                csv.append(f == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.6f", random.nextGaussian()));
            }
            csv.append('\n');
        }
        var versionPath = base + "/api/v1/models/" + model + "/versions/v1";
        send(versionPath + "/references", "text/csv", csv.toString());
        var monitor = send(versionPath + "/monitors", "application/json",
                "{\"name\": \"bench\", \"interval\": \"PT2S\", \"window\": \"PT" + window + "S\", \"minRows\": 1}");
        var id = monitor.replaceAll("(?s).*\"id\":(\\d+).*", "$1");
        var http = HttpClient.newHttpClient();
        while (true) {
            var runs = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/monitors/" + id
                                    + "/runs?from=" + start + "&to=" + start.plusSeconds(1))).header("Authorization", Credentials.AUTHORIZATION).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (runs.contains("\"status\":\"DONE\"") || runs.contains("\"status\":\"FAILED\"")) {
                System.out.println("EVAL  window of " + window + " predictions x " + FEATURES + " features vs "
                        + reference + " reference rows: " + runs.replaceAll("(?s).*(\"durationMillis\":\\d+).*", "$1")
                        + " (" + runs.replaceAll("(?s).*(\"currentRows\":\\d+).*", "$1") + ", "
                        + runs.replaceAll("(?s).*(\"status\":\"[A-Z]+\").*", "$1") + ")");
                return;
            }
            Thread.sleep(500);
        }
    }

    /**
     * One evaluation of a binary classifier's window of {@code window} predictions, every one
     * with its actual, against a labelled reference of {@code reference} rows: drift of the 20
     * features, the prediction, its score and the target, every realized metric, CBPE's
     * estimates and the bounds, timed by the run itself.
     */
    static void performanceEvaluation(String base, int window, int reference) throws Exception {
        var model = "perf-" + System.currentTimeMillis();
        post(base + "/api/v1/models", "{\"name\": \"" + model + "\", \"taskType\": \"BINARY_CLASSIFICATION\"}");
        var columns = new StringBuilder("{\"name\": \"id\", \"role\": \"ID\"}, {\"name\": \"time\", \"role\": \"TIMESTAMP\"}");
        for (int f = 0; f < FEATURES; f++) {
            columns.append(", {\"name\": \"f").append(f).append("\", \"role\": \"FEATURE\", \"type\": \"NUMERICAL\"}");
        }
        columns.append(", {\"name\": \"label\", \"role\": \"PREDICTION\", \"type\": \"NUMERICAL\"}")
                .append(", {\"name\": \"p1\", \"role\": \"PREDICTION_SCORE\"}")
                .append(", {\"name\": \"outcome\", \"role\": \"TARGET\", \"type\": \"NUMERICAL\"}");
        post(base + "/api/v1/models/" + model + "/versions", "{\"label\": \"v1\", \"columns\": [" + columns + "]}");
        var versionPath = base + "/api/v1/models/" + model + "/versions/v1";
        var start = Instant.ofEpochSecond(1_764_000_000L);
        var random = new Random(5);
        for (int b = 0; b < window / REST_BATCH; b++) {
            var predictions = new StringBuilder(REST_BATCH * 500).append('[');
            var actuals = new StringBuilder(REST_BATCH * 50).append('[');
            for (int i = 0; i < REST_BATCH; i++) {
                var row = labelledRow(random);
                var id = "e" + b + "-" + i;
                predictions.append(i == 0 ? "" : ",").append("{\"predictionId\": \"").append(id)
                        .append("\", \"timestamp\": \"").append(start.plusSeconds((long) b * REST_BATCH + i))
                        .append("\", \"features\": {").append(row.features()).append("}, \"prediction\": ")
                        .append(row.label()).append(", \"scores\": {\"p1\": ").append(row.score()).append("}}");
                actuals.append(i == 0 ? "" : ",").append("{\"predictionId\": \"").append(id).append("\", \"actual\": ")
                        .append(row.outcome()).append('}');
            }
            send(versionPath + "/predictions", "application/json", predictions.append(']').toString());
            send(versionPath + "/actuals", "application/json", actuals.append(']').toString());
        }
        var csv = new StringBuilder(reference * 200);
        for (int f = 0; f < FEATURES; f++) {
            csv.append('f').append(f).append(',');
        }
        csv.append("label,p1,outcome\n");
        for (int i = 0; i < reference; i++) {
            var row = labelledRow(random);
            csv.append(row.features().replaceAll("\"f\\d+\": ", "").replace(", ", ","))
                    .append(',').append(row.label()).append(',').append(row.score()).append(',').append(row.outcome())
                    .append('\n');
        }
        send(versionPath + "/references", "text/csv", csv.toString());
        for (var attempt : List.of("first, cold", "second, warm")) {
            var monitor = send(versionPath + "/monitors", "application/json", "{\"name\": \"" + attempt
                    + "\", \"interval\": \"PT2S\", \"window\": \"PT" + window + "S\", \"minRows\": 1}");
            var id = monitor.replaceAll("(?s).*\"id\":(\\d+).*", "$1");
            var runs = awaitRun(base, id, start);
            System.out.println("EVAL+PERFORMANCE (" + attempt + ")  window of " + window + " labelled predictions x "
                    + FEATURES + " features, all binary metrics and CBPE, vs " + reference + " reference rows: "
                    + runs.replaceAll("(?s).*(\"durationMillis\":\\d+).*", "$1") + " ("
                    + runs.replaceAll("(?s).*(\"labelledRows\":\\d+).*", "$1") + ", "
                    + runs.replaceAll("(?s).*(\"status\":\"[A-Z]+\").*", "$1") + ")");
        }
    }

    /** The runs of the monitor's window at {@code start}, once it finished. */
    private static String awaitRun(String base, String monitor, Instant start) throws Exception {
        var http = HttpClient.newHttpClient();
        while (true) {
            var runs = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/monitors/" + monitor
                                    + "/runs?from=" + start + "&to=" + start.plusSeconds(1))).header("Authorization", Credentials.AUTHORIZATION).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (runs.contains("\"status\":\"DONE\"") || runs.contains("\"status\":\"FAILED\"")) {
                return runs;
            }
            Thread.sleep(500);
        }
    }

    /** One row of a calibrated classifier: features, its score, label and an outcome drawn from the score. */
    private record LabelledRow(String features, String score, int label, int outcome) {}

    private static LabelledRow labelledRow(Random random) {
        var features = new StringBuilder();
        double logit = 0;
        for (int f = 0; f < FEATURES; f++) {
            double x = random.nextGaussian();
            logit += f < 4 ? 0.6 * x : 0;
            features.append(f == 0 ? "" : ", ").append("\"f").append(f).append("\": ")
                    .append(String.format(Locale.ROOT, "%.6f", x));
        }
        double p = 1 / (1 + Math.exp(-logit));
        return new LabelledRow(
                features.toString(), String.format(Locale.ROOT, "%.6f", p), p >= 0.5 ? 1 : 0, random.nextDouble() < p ? 1 : 0);
    }

    static String send(String uri, String type, String body) throws Exception {
        var response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(uri)).header("Authorization", Credentials.AUTHORIZATION).header("Content-Type", type)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(uri + ": " + response.body());
        }
        return response.body();
    }

    static void setUp(String base, String model) throws Exception {
        post(base + "/api/v1/models", "{\"name\": \"" + model + "\", \"taskType\": \"REGRESSION\"}");
        var columns = new StringBuilder("{\"name\": \"id\", \"role\": \"ID\"}, {\"name\": \"time\", \"role\": \"TIMESTAMP\"}");
        for (int f = 0; f < FEATURES; f++) {
            columns.append(", {\"name\": \"f").append(f).append("\", \"role\": \"FEATURE\", \"type\": \"NUMERICAL\"}");
        }
        columns.append(", {\"name\": \"score\", \"role\": \"PREDICTION\", \"type\": \"NUMERICAL\"}");
        post(base + "/api/v1/models/" + model + "/versions", "{\"label\": \"v1\", \"columns\": [" + columns + "]}");
    }

    /** A batch whose prediction ids carry a token, replaced by a batch number at send time. */
    static String template(int size, long seed) {
        return batch(size, seed, Instant.parse("2026-11-01T00:00:00Z"));
    }

    /** {@code size} predictions one second apart from {@code start}, ids carrying the token. */
    static String batch(int size, long seed, Instant start) {
        var random = new Random(seed);
        var json = new StringBuilder(size * 500).append('[');
        for (int i = 0; i < size; i++) {
            json.append(i == 0 ? "" : ",").append("{\"predictionId\": \"").append(TOKEN).append('-').append(i)
                    .append("\", \"timestamp\": \"").append(start.plusSeconds(i)).append("\", \"features\": {");
            for (int f = 0; f < FEATURES; f++) {
                json.append(f == 0 ? "" : ", ").append("\"f").append(f).append("\": ")
                        .append(String.format(Locale.ROOT, "%.6f", random.nextGaussian()));
            }
            json.append("}, \"prediction\": ").append(String.format(Locale.ROOT, "%.4f", random.nextDouble())).append('}');
        }
        return json.append(']').toString();
    }

    /** REST batches from {@code clients} threads, each sending to one of the servers in turn. */
    static double rest(List<String> bases, String model, int seconds, int clients) throws Exception {
        var template = template(REST_BATCH, 1);
        var http = HttpClient.newHttpClient();
        var accepted = new AtomicLong();
        var batches = new AtomicLong();
        var client = new AtomicLong();
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        var begin = System.nanoTime();
        runAll(clients, () -> {
                    var base = bases.get((int) (client.getAndIncrement() % bases.size()));
                    var uri = URI.create(base + "/api/v1/models/" + model + "/versions/v1/predictions");
                    while (System.nanoTime() < deadline) {
                        var body = template.replace(TOKEN, "r" + batches.incrementAndGet());
                        var response = http.send(
                                HttpRequest.newBuilder(uri).header("Authorization", Credentials.AUTHORIZATION).header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(response.body());
                        }
                        accepted.addAndGet(REST_BATCH);
                    }
                    return null;
                });
        return accepted.get() / ((System.nanoTime() - begin) / 1e9);
    }

    /** Sends for the given time, then measures the rate at which rows reached the table. */
    static double jms(String broker, String jdbc, String model, int seconds, int clients) throws Exception {
        var template = template(JMS_BATCH, 2);
        var factory = new ActiveMQConnectionFactory(broker);
        long before = rows(jdbc);
        var batches = new AtomicLong();
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        var begin = System.nanoTime();
        runAll(clients, () -> {
                    try (var connection = factory.createConnection();
                            var session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                            var producer = session.createProducer(session.createQueue("mdt.predictions"))) {
                        producer.setDeliveryMode(DeliveryMode.PERSISTENT);
                        while (System.nanoTime() < deadline) {
                            var message = session.createBytesMessage();
                            message.writeBytes(template.replace(TOKEN, "j" + batches.incrementAndGet())
                                    .getBytes(StandardCharsets.UTF_8));
                            message.setStringProperty("model", model);
                            message.setStringProperty("version", "v1");
                            producer.send(message);
                        }
                    }
                    return null;
                });
        long expected = before + batches.get() * JMS_BATCH;
        while (rows(jdbc) < expected) {
            Thread.sleep(200);
        }
        return (expected - before) / ((System.nanoTime() - begin) / 1e9);
    }

    /** Runs the task on that many threads at once and fails if any of them failed. */
    static void runAll(int threads, Callable<Void> task) throws Exception {
        var pool = Executors.newFixedThreadPool(threads);
        var futures = new ArrayList<Future<Void>>();
        for (int i = 0; i < threads; i++) {
            futures.add(pool.submit(task));
        }
        for (var future : futures) {
            future.get();
        }
        pool.shutdown();
    }

    /**
     * Rows inserted into the version tables so far, from PostgreSQL's statistics counters:
     * {@code n_tup_ins} counts every insert, where {@code n_live_tup} becomes an estimate once
     * autovacuum has sampled the table.
     */
    static long rows(String jdbc) throws Exception {
        try (var connection = DriverManager.getConnection(jdbc);
                var result = connection.createStatement().executeQuery(
                        "SELECT sum(n_tup_ins) FROM pg_stat_user_tables WHERE schemaname = 'mdt_data'")) {
            result.next();
            return result.getLong(1);
        }
    }

    static double copy(String jdbc, int rows) throws Exception {
        var random = new Random(3);
        var text = new StringBuilder(rows * 200);
        for (int i = 0; i < rows; i++) {
            text.append("c-").append(i).append('\t').append("2026-11-01T00:00:00Z");
            for (int f = 0; f < FEATURES; f++) {
                text.append('\t').append(String.format(Locale.ROOT, "%.6f", random.nextGaussian()));
            }
            text.append('\n');
        }
        var columns = new StringBuilder();
        for (int f = 0; f < FEATURES; f++) {
            columns.append(", f").append(f).append(" double precision");
        }
        try (var connection = DriverManager.getConnection(jdbc)) {
            connection.createStatement().execute("DROP TABLE IF EXISTS copy_baseline");
            connection.createStatement().execute("CREATE TABLE copy_baseline (prediction_id text PRIMARY KEY, event_time timestamptz" + columns + ")");
            long begin = System.nanoTime();
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY copy_baseline FROM STDIN", new StringReader(text.toString()));
            double rate = rows / ((System.nanoTime() - begin) / 1e9);
            connection.createStatement().execute("DROP TABLE copy_baseline");
            return rate;
        }
    }

    static void post(String uri, String body) throws Exception {
        var response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(uri)).header("Authorization", Credentials.AUTHORIZATION).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(uri + ": " + response.body());
        }
    }

    /** The API key the script created for this run ({@code MDT_API_KEY}), sent with every request. */
    static final class Credentials {
        static final String AUTHORIZATION = "Bearer " + System.getenv("MDT_API_KEY");

        private Credentials() {}
    }
}
