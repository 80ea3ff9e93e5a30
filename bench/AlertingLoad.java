import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientRequestor;
import org.apache.activemq.artemis.api.core.management.ManagementHelper;
import org.apache.activemq.artemis.api.core.management.ResourceNames;

/**
 * Load generator for MDT's alerting, against a running MDT, with a webhook receiver of its own.
 *
 * <pre>java -cp "mdt-launcher/target/lib/*" bench/AlertingLoad.java BASE_URL JDBC_URL BROKER_URL PHASE [MODELS] [ARG]</pre>
 *
 * <ul>
 *   <li>{@code latency [MODELS] [RATE] [WARMUP]}: WARMUP (default 20) and then MODELS models (default 100), each with one rule
 *       ({@code column_drift} on {@code f1}) and a drifted window, one webhook channel to this
 *       program and one route with {@code groupWait} PT0S; the windows are evaluated by backfills,
 *       RATE a second (default 4). For each notification: the time from the run's {@code finished}
 *       to its arrival here, and from {@code finished} to the alert's {@code updatedAt}. The first WARMUP
 *       models warm the server's paths (JIT, connections, sessions) and are not measured.
 *   <li>{@code scale [MODELS] [RULES] [no-route]}: MODELS models (default 1,000), each with seven
 *       drifted hourly windows. A round evaluates one window of every model: three rounds without
 *       rules (a warm-up, then two baselines), then RULES rules a model (default 20, of nine kinds)
 *       are created and four rounds follow: a new window (alerts raised), two more new windows
 *       (alerts updated), and the first baseline's windows again. Each round: the wall time until
 *       every run is finished, until the queue {@code mdt.alerting} is drained, and the CPU time the
 *       server's processes spent meanwhile. Alerts go to the webhook by a route with the default
 *       timings, or, with {@code no-route}, nowhere.
 * </ul>
 *
 * {@code JDBC_URL} carries the application role's login; the database is only read, to follow
 * the rounds without loading the server with a thousand polling requests. The system property
 * {@code mdt.home} names the server's {@code MDT_HOME}, by which its processes are found.
 */
public class AlertingLoad {

    static final int ROWS = 200;
    static final Duration WINDOW = Duration.ofHours(1);
    static final Duration POLL = Duration.ofMillis(250);
    static final int SETUP_THREADS = 4;

    public static void main(String[] args) throws Exception {
        var api = new Api(args[0]);
        var database = new Database(args[1]);
        var broker = new Broker(args[2]);
        var phase = args.length > 3 ? args[3] : "latency";
        int models = args.length > 4 ? Integer.parseInt(args[4]) : "scale".equals(phase) ? 1000 : 100;
        System.out.printf(Locale.ROOT, "machine: %d cores, Java %s; phase %s, %d models%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), phase, models);
        try (var receiver = Receiver.start()) {
            switch (phase) {
                case "latency" -> latency(api, receiver, models, args.length > 5 ? Double.parseDouble(args[5]) : 4,
                        args.length > 6 ? Integer.parseInt(args[6]) : 20);
                case "scale" -> scale(api, database, broker, receiver, models, args.length > 5 ? Integer.parseInt(args[5]) : 20,
                        !(args.length > 6 && "no-route".equals(args[6])));
                default -> throw new IllegalArgumentException("phase is latency or scale, not " + phase);
            }
        }
    }

    // ---------------------------------------------------------------- latency

    static void latency(Api api, Receiver receiver, int count, double rate, int warmup) throws Exception {
        var prefix = "lat" + System.currentTimeMillis();
        var window = Window.hours(1).get(0);
        var models = Fleet.create(api, prefix, warmup + count, List.of(window));
        parallel(models, m -> api.post("/alert-rules", Rules.latencyRule(m.name())));
        subscribe(api, receiver, prefix, "PT0S");
        System.out.printf(Locale.ROOT,
                "set up %d models with one column_drift rule each; backfilling %.1f a second, the first %d a warm-up%n",
                warmup + count, rate, warmup);
        long spacing = (long) (1e9 / rate);
        long begin = System.nanoTime();
        var runs = new HashMap<String, Long>();
        for (var model : models) {
            long due = begin + spacing * model.index();
            TimeUnit.NANOSECONDS.sleep(Math.max(0, due - System.nanoTime()));
            runs.put(model.name(), api.backfill(model.monitorId(), window));
        }
        boolean complete = await(Duration.ofSeconds(60), () -> receiver.models(prefix).size() >= warmup + count);
        if (!complete) {
            System.out.printf(Locale.ROOT, "only %d of %d models notified within 60 s of the last backfill%n",
                    receiver.models(prefix).size(), warmup + count);
        }
        var measured = models.subList(warmup, models.size());
        var latencies = latencies(api, receiver, measured);
        report(latencies);
        long otherRun = latencies.stream().filter(l -> l.runId() != runs.get(l.model())).count();
        System.out.println("alerts whose last run is not the backfilled one: " + otherRun);
    }

    /** One model's path from its run's commit to the notification. */
    record Latency(String model, long runId, Instant finished, Instant alertUpdated, Instant received) {
        Duration evaluation() {
            return Duration.between(finished, alertUpdated);
        }

        Duration delivery() {
            return Duration.between(alertUpdated, received);
        }

        Duration total() {
            return Duration.between(finished, received);
        }
    }

    static List<Latency> latencies(Api api, Receiver receiver, List<Model> models) throws Exception {
        var latencies = new ArrayList<Latency>();
        for (var model : models) {
            var received = receiver.firstFor(model.name());
            if (received == null) {
                continue;
            }
            var alerts = api.get("/alerts?model=" + model.name());
            long runId = Json.longs(alerts, "lastRunId").get(0);
            var updated = Instant.parse(Json.strings(alerts, "updatedAt").get(0));
            var finished = Instant.parse(Json.strings(api.get("/runs/" + runId), "finished").get(0));
            latencies.add(new Latency(model.name(), runId, finished, updated, received.at()));
        }
        return latencies;
    }

    static void report(List<Latency> latencies) {
        System.out.println("notifications received: " + latencies.size());
        System.out.println(Summary.of("run finished -> webhook received", latencies.stream().map(Latency::total).toList()));
        System.out.println(Summary.of("run finished -> alert updatedAt", latencies.stream().map(Latency::evaluation).toList()));
        System.out.println(Summary.of("alert updatedAt -> webhook received", latencies.stream().map(Latency::delivery).toList()));
        latencies.stream().max(Comparator.comparing(Latency::total)).ifPresent(slowest -> System.out.println(
                "slowest: " + slowest.model() + ", run finished " + slowest.finished() + ", alert updated "
                        + slowest.alertUpdated() + ", received " + slowest.received()));
    }

    /** Percentiles of a sample of durations, nearest rank. */
    record Summary(String what, int count, Duration p50, Duration p95, Duration p99, Duration max) {
        static Summary of(String what, List<Duration> sample) {
            var sorted = sample.stream().sorted().toList();
            return new Summary(what, sorted.size(), rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99),
                    sorted.isEmpty() ? Duration.ZERO : sorted.get(sorted.size() - 1));
        }

        private static Duration rank(List<Duration> sorted, double p) {
            return sorted.isEmpty() ? Duration.ZERO : sorted.get((int) Math.ceil(p * sorted.size()) - 1);
        }

        @Override
        public String toString() {
            if (count == 0) {
                return String.format(Locale.ROOT, "%-36s n=0", what);
            }
            return String.format(Locale.ROOT, "%-36s n=%d  p50 %d ms  p95 %d ms  p99 %d ms  max %d ms",
                    what, count, p50.toMillis(), p95.toMillis(), p99.toMillis(), max.toMillis());
        }
    }

    // ---------------------------------------------------------------- scale

    static void scale(Api api, Database database, Broker broker, Receiver receiver, int count, int rulesPerModel,
            boolean route) throws Exception {
        var prefix = "scale" + System.currentTimeMillis();
        var windows = Window.hours(7);
        long setup = System.nanoTime();
        var models = Fleet.create(api, prefix, count, windows);
        if (route) {
            subscribe(api, receiver, prefix, null);
        }
        System.out.printf(Locale.ROOT, "set up %d models in %.0f s; %s%n", count, seconds(System.nanoTime() - setup),
                route ? "their alerts go to a webhook by a route with the default timings" : "no route: no notifications");
        var server = Server.find(System.getProperty("mdt.home"));
        var rounds = new Rounds(api, database, broker, server, models);
        rounds.run("no rules, warm-up", windows.get(0));
        var baseline = List.of(rounds.run("no rules", windows.get(1)), rounds.run("no rules", windows.get(2)));
        createRules(api, models, rulesPerModel);
        var rules = rulesPerModel + " rules a model, ";
        rounds.run(rules + "alerts raised", windows.get(3));
        System.out.println("alerts by kind: " + database.alertsByKind(models.stream().map(Model::id).toList()));
        if (route) {
            boolean notified = await(Duration.ofSeconds(120), () -> receiver.models(prefix).size() >= count);
            System.out.printf(Locale.ROOT, "notifications: %d models notified%s%n",
                    receiver.models(prefix).size(), notified ? "" : " (not all within 120 s)");
        }
        rounds.run(rules + "alerts updated", windows.get(4));
        rounds.run(rules + "alerts updated", windows.get(5));
        rounds.run(rules + "window 1 again", windows.get(1));
        rounds.print(baseline);
    }

    /** One evaluation of every model's window: when its runs finished, when their alert evaluations did, and the CPU spent. */
    record Round(String name, int window, Instant begin, int runs, Duration runsDone, Duration drained,
            long evaluations, long alerts, Map<String, Duration> cpu, String load) {

        double cpuSeconds() {
            return cpu.values().stream().mapToLong(Duration::toMillis).sum() / 1e3;
        }

        String line(double baseDrained, double baseCpu) {
            double drainedSeconds = drained.toMillis() / 1e3;
            return String.format(Locale.ROOT, "%-34s %6d %8.1fs %8.1fs %6.1f %7.2fx %7.0fs %7.2fx %9d %7d  %s", name,
                    window, runsDone.toMillis() / 1e3, drainedSeconds, runs / drainedSeconds, drainedSeconds / baseDrained,
                    cpuSeconds(), cpuSeconds() / baseCpu, evaluations, alerts, load);
        }
    }

    /** The rounds of the scale phase, each evaluating one window of every model. */
    record Rounds(Api api, Database database, Broker broker, Server server, List<Model> models, List<Round> done) {

        Rounds(Api api, Database database, Broker broker, Server server, List<Model> models) {
            this(api, database, broker, server, models, new ArrayList<>());
        }

        Round run(String name, Window window) throws Exception {
            long acknowledgedBefore = broker.alerting().acknowledged();
            var cpuBefore = server.cpu();
            var loadBefore = loadAverage();
            var begin = Instant.now();
            parallel(models, m -> api.backfill(m.monitorId(), window));
            var monitors = models.stream().map(Model::monitorId).toList();
            await(Duration.ofHours(1), () -> database.runs(monitors, begin).finished() >= models.size());
            var runs = database.runs(monitors, begin);
            await(Duration.ofHours(1), () -> broker.alerting().messages() == 0);
            var drained = Instant.now();
            var round = new Round(name, window.index(), begin, runs.finished(), Duration.between(begin, runs.lastFinished()),
                    Duration.between(begin, drained), broker.alerting().acknowledged() - acknowledgedBefore,
                    database.alerts(models.stream().map(Model::id).toList()), Server.minus(server.cpu(), cpuBefore),
                    loadBefore + " to " + loadAverage());
            System.out.printf(Locale.ROOT, "%s, window %d (%s to %s): %d runs %s, all finished %.1f s and their alerts"
                            + " evaluated %.1f s after the first backfill; server CPU %.0f s %s; %d alerts%n",
                    name, window.index(), begin.truncatedTo(ChronoUnit.SECONDS), drained.truncatedTo(ChronoUnit.SECONDS),
                    runs.finished(), runs.statuses(), round.runsDone().toMillis() / 1e3, round.drained().toMillis() / 1e3,
                    round.cpuSeconds(), round.cpu().keySet().stream().map(k -> k + " " + round.cpu().get(k).toSeconds() + " s")
                            .toList(), round.alerts());
            done.add(round);
            return round;
        }

        void print(List<Round> baseline) {
            double drained = baseline.stream().mapToLong(r -> r.drained().toMillis()).average().orElseThrow() / 1e3;
            double cpu = baseline.stream().mapToDouble(Round::cpuSeconds).average().orElseThrow();
            System.out.printf(Locale.ROOT, "%nbaseline: the mean of the two rounds without rules after the warm-up, %.1f s"
                    + " and %.0f CPU-seconds%n", drained, cpu);
            System.out.printf(Locale.ROOT, "%-34s %6s %9s %9s %6s %8s %8s %8s %9s %7s  %s%n", "round", "window",
                    "runs done", "drained", "runs/s", "vs base", "CPU", "vs base", "evaluated", "alerts", "load average");
            done.forEach(round -> System.out.println(round.line(drained, cpu)));
        }
    }

    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    static void createRules(Api api, List<Model> models, int perModel) throws Exception {
        long begin = System.nanoTime();
        parallel(models, m -> {
            for (var rule : Rules.mix(m.name()).subList(0, perModel)) {
                api.post("/alert-rules", rule);
            }
        });
        double elapsed = seconds(System.nanoTime() - begin);
        System.out.printf(Locale.ROOT, "created %d rules in %.0f s (%.0f a second)%n",
                models.size() * perModel, elapsed, models.size() * perModel / elapsed);
    }

    // ---------------------------------------------------------------- set-up

    /** A model as set up here: its name, id and its monitor's id; index is its position in the fleet. */
    record Model(int index, String name, long id, long monitorId) {}

    /** One of the hours each model has drifted predictions in; index 0 is the oldest. */
    record Window(int index, Instant start, Instant end) {
        /** That many consecutive hours, the last ending an hour before the current one began. */
        static List<Window> hours(int count) {
            var first = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(WINDOW.multipliedBy(count + 1));
            var windows = new ArrayList<Window>();
            for (int i = 0; i < count; i++) {
                var start = first.plus(WINDOW.multipliedBy(i));
                windows.add(new Window(i, start, start.plus(WINDOW)));
            }
            return windows;
        }
    }

    /** Models with a version, a reference, drifted windows of predictions and a monitor. */
    static final class Fleet {

        static List<Model> create(Api api, String prefix, int count, List<Window> windows) throws Exception {
            var created = new AtomicInteger();
            var models = new ArrayList<Callable<Model>>();
            for (int i = 0; i < count; i++) {
                int index = i;
                models.add(() -> {
                    var model = model(api, index, prefix + "-" + index, windows);
                    if (created.incrementAndGet() % 100 == 0) {
                        System.out.printf(Locale.ROOT, "  %d models set up%n", created.get());
                    }
                    return model;
                });
            }
            return invokeAll(models);
        }

        static Model model(Api api, int index, String name, List<Window> windows) throws Exception {
            var random = new Random(index);
            long id = Json.longs(api.post("/models", "{\"name\": \"" + name + "\", \"taskType\": \"REGRESSION\"}"), "id")
                    .get(0);
            var version = "/models/" + name + "/versions/v1";
            api.post("/models/" + name + "/versions", Data.schema());
            api.send(version + "/references", "text/csv", Data.referenceCsv(random));
            api.post(version + "/predictions", Data.predictions(random, windows));
            var monitor = api.post(version + "/monitors",
                    "{\"name\": \"bench\", \"interval\": \"PT24H\", \"window\": \"PT1H\", \"minRows\": 100}");
            return new Model(index, name, id, Json.longs(monitor, "id").get(0));
        }
    }

    /**
     * Four numerical features and one categorical, standard normal and three categories in the
     * reference; in every window f1 and f2 move by one standard deviation, f0 misses a tenth of its
     * values and c0 gains a category the reference lacks.
     */
    static final class Data {

        static String schema() {
            var columns = new StringBuilder("{\"name\": \"id\", \"role\": \"ID\"}, {\"name\": \"time\", \"role\": \"TIMESTAMP\"}");
            for (int f = 0; f < 4; f++) {
                columns.append(", {\"name\": \"f").append(f).append("\", \"role\": \"FEATURE\", \"type\": \"NUMERICAL\"}");
            }
            columns.append(", {\"name\": \"c0\", \"role\": \"FEATURE\", \"type\": \"CATEGORICAL\"}")
                    .append(", {\"name\": \"score\", \"role\": \"PREDICTION\", \"type\": \"NUMERICAL\"}");
            return "{\"label\": \"v1\", \"columns\": [" + columns + "]}";
        }

        static String referenceCsv(Random random) {
            var csv = new StringBuilder("f0,f1,f2,f3,c0,score\n");
            for (int i = 0; i < ROWS; i++) {
                for (int f = 0; f < 4; f++) {
                    csv.append(number(random.nextGaussian())).append(',');
                }
                csv.append("abc".charAt(random.nextInt(3))).append(',').append(number(random.nextDouble())).append('\n');
            }
            return csv.toString();
        }

        /** {@code ROWS} predictions in each window, evenly spaced. */
        static String predictions(Random random, List<Window> windows) {
            var json = new StringBuilder("[");
            var spacing = WINDOW.dividedBy(ROWS);
            for (int i = 0; i < ROWS * windows.size(); i++) {
                var window = windows.get(i / ROWS);
                var f0 = random.nextInt(10) == 0 ? "null" : number(random.nextGaussian());
                json.append(i == 0 ? "" : ",").append("{\"predictionId\": \"p").append(i)
                        .append("\", \"timestamp\": \"").append(window.start().plus(spacing.multipliedBy(i % ROWS)))
                        .append("\", \"features\": {\"f0\": ").append(f0)
                        .append(", \"f1\": ").append(number(random.nextGaussian() + 1))
                        .append(", \"f2\": ").append(number(random.nextGaussian() + 1))
                        .append(", \"f3\": ").append(number(random.nextGaussian()))
                        .append(", \"c0\": \"").append("abcd".charAt(random.nextInt(4)))
                        .append("\"}, \"prediction\": ").append(number(random.nextDouble())).append('}');
            }
            return json.append(']').toString();
        }

        private static String number(double value) {
            return String.format(Locale.ROOT, "%.5f", value);
        }
    }

    /** The rules each model gets, one per line: kind, column, operator and threshold where they apply. */
    static final class Rules {

        static String latencyRule(String model) {
            return "{\"name\": \"f1 drift\", \"model\": \"" + model + "\", \"kind\": \"column_drift\", \"column\": \"f1\"}";
        }

        /** Twenty rules of nine kinds; the first n of them when fewer are asked for. */
        static List<String> mix(String model) {
            var rules = new ArrayList<String>();
            for (var column : List.of("f0", "f1", "f2", "f3", "c0")) {
                rules.add(rule(model, "column_drift", column, null, null));
            }
            for (var column : List.of("f0", "f1", "f2", "f3")) {
                rules.add(rule(model, "drift_score", column, "<", 0.01));
            }
            rules.add(rule(model, "drifted_share", null, ">=", 0.4));
            rules.add(rule(model, "dataset_drift", null, null, null));
            rules.add(rule(model, "prediction_drift", null, null, null));
            for (var column : List.of("f0", "f1", "c0")) {
                rules.add(rule(model, "missing_share", column, ">", 0.05));
            }
            for (var column : List.of("f0", "f1", "f2")) {
                rules.add(rule(model, "out_of_range_share", column, ">", 0.05));
            }
            rules.add(rule(model, "unseen_categories", "c0", null, null));
            rules.add(rule(model, "evaluation_failed", null, null, null));
            return rules;
        }

        private static String rule(String model, String kind, String column, String operator, Double threshold) {
            var name = kind + (column == null ? "" : " " + column);
            return "{\"name\": \"" + name + "\", \"model\": \"" + model + "\", \"kind\": \"" + kind + "\""
                    + (column == null ? "" : ", \"column\": \"" + column + "\"")
                    + (operator == null ? "" : ", \"operator\": \"" + operator + "\"")
                    + (threshold == null ? "" : ", \"threshold\": " + threshold) + "}";
        }
    }

    /** A webhook channel to the receiver, and a route to it for the models of this run. */
    static void subscribe(Api api, Receiver receiver, String prefix, String groupWait) throws Exception {
        api.post("/channels", "{\"name\": \"" + prefix + "-hook\", \"kind\": \"WEBHOOK\", \"url\": \"" + receiver.url() + "\"}");
        api.post("/routes", "{\"channel\": \"" + prefix + "-hook\", \"matchers\": [{\"name\": \"model\", \"value\": \""
                + prefix + "-.*\", \"isRegex\": true}]" + (groupWait == null ? "" : ", \"groupWait\": \"" + groupWait + "\"")
                + "}");
    }

    // ---------------------------------------------------------------- plumbing

    /** MDT's REST API, over HTTP/1.1; any answer but a 2xx fails the benchmark. */
    record Api(String base, HttpClient http) {
        Api(String base) {
            this(base + "/api/v1", HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
        }

        String post(String path, String json) throws Exception {
            return send(path, "application/json", json);
        }

        String send(String path, String type, String body) throws Exception {
            return answer(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", Credentials.AUTHORIZATION).header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }

        String get(String path) throws Exception {
            return answer(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", Credentials.AUTHORIZATION).build());
        }

        /** Queues the window again; answers the run's id. */
        long backfill(long monitorId, Window window) throws Exception {
            var runs = post("/monitors/" + monitorId + "/backfill",
                    "{\"from\": \"" + window.start() + "\", \"to\": \"" + window.end() + "\"}");
            return Json.longs(runs, "id").get(0);
        }

        private String answer(HttpRequest request) throws Exception {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(request.method() + " " + request.uri() + ": " + response.statusCode()
                        + " " + response.body());
            }
            return response.body();
        }
    }

    /** The values of one member wherever it occurs in a JSON text, in order: enough for MDT's flat answers. */
    static final class Json {

        static List<Long> longs(String json, String member) {
            return values(json, "\"" + member + "\"\\s*:\\s*(-?\\d+)").stream().map(Long::parseLong).toList();
        }

        static List<String> strings(String json, String member) {
            return values(json, "\"" + member + "\"\\s*:\\s*\"([^\"]*)\"");
        }

        private static List<String> values(String json, String regex) {
            var matcher = Pattern.compile(regex).matcher(json);
            var values = new ArrayList<String>();
            while (matcher.find()) {
                values.add(matcher.group(1));
            }
            if (values.isEmpty()) {
                throw new IllegalStateException("no " + regex + " in " + abbreviate(json));
            }
            return values;
        }
    }

    /** A notification as it arrived: the model of its group, its id and the time it came in. */
    record Delivery(String model, String notificationId, Instant at, int alerts) {}

    /** The webhook receiver: an embedded HTTP server that notes each notification the moment it arrives. */
    static final class Receiver implements AutoCloseable {

        private static final Pattern GROUP_MODEL =
                Pattern.compile("\"groupLabels\"\\s*:\\s*\\{[^}]*\"model\"\\s*:\\s*\"([^\"]+)\"");

        private final HttpServer server;
        private final Map<String, Delivery> first = new ConcurrentHashMap<>();
        private final AtomicInteger received = new AtomicInteger();

        private Receiver(HttpServer server) {
            this.server = server;
        }

        static Receiver start() throws Exception {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
            var receiver = new Receiver(server);
            server.createContext("/hook", receiver::receive);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.start();
            return receiver;
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        private void receive(HttpExchange exchange) throws java.io.IOException {
            var at = Instant.now();
            var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
            received.incrementAndGet();
            var model = GROUP_MODEL.matcher(body);
            if (model.find()) {
                var delivery = new Delivery(model.group(1), exchange.getRequestHeaders().getFirst("X-MDT-Notification"),
                        at, body.split("\"fingerprint\"", -1).length - 1);
                first.putIfAbsent(delivery.model(), delivery);
            }
        }

        Delivery firstFor(String model) {
            return first.get(model);
        }

        Collection<String> models(String prefix) {
            return first.keySet().stream().filter(m -> m.startsWith(prefix + "-")).toList();
        }

        @Override
        public void close() {
            server.stop(0);
            ((ExecutorService) server.getExecutor()).shutdownNow();
            System.out.println("webhook requests received: " + received.get());
        }
    }

    /** What the database says of a round's runs: how many finished since it began, the last finish, by status. */
    record Runs(int finished, Instant lastFinished, Map<String, Integer> statuses) {}

    /** Read-only queries on MDT's tables, to follow a round without polling the REST API a thousand times. */
    record Database(String url) {
        Runs runs(List<Long> monitors, Instant since) throws Exception {
            try (var connection = DriverManager.getConnection(url);
                    var query = connection.prepareStatement("SELECT status, count(*), max(finished) FROM evaluation_run"
                            + " WHERE monitor_id = ANY (?) AND finished >= ? GROUP BY status")) {
                query.setArray(1, connection.createArrayOf("bigint", monitors.toArray()));
                query.setTimestamp(2, Timestamp.from(since));
                var statuses = new HashMap<String, Integer>();
                Instant last = since;
                try (var result = query.executeQuery()) {
                    while (result.next()) {
                        statuses.put(result.getString(1), result.getInt(2));
                        var finished = result.getTimestamp(3).toInstant();
                        last = finished.isAfter(last) ? finished : last;
                    }
                }
                return new Runs(statuses.values().stream().mapToInt(Integer::intValue).sum(), last, statuses);
            }
        }

        Map<String, Long> alertsByKind(List<Long> models) throws Exception {
            try (var connection = DriverManager.getConnection(url);
                    var query = connection.prepareStatement("SELECT labels::json ->> 'kind', count(*) FROM alert"
                            + " WHERE model_id = ANY (?) GROUP BY 1 ORDER BY 1")) {
                query.setArray(1, connection.createArrayOf("bigint", models.toArray()));
                var kinds = new TreeMap<String, Long>();
                try (var result = query.executeQuery()) {
                    while (result.next()) {
                        kinds.put(result.getString(1), result.getLong(2));
                    }
                }
                return kinds;
            }
        }

        long alerts(List<Long> models) throws Exception {
            try (var connection = DriverManager.getConnection(url);
                    var query = connection.prepareStatement("SELECT count(*) FROM alert WHERE model_id = ANY (?)")) {
                query.setArray(1, connection.createArrayOf("bigint", models.toArray()));
                try (var result = query.executeQuery()) {
                    result.next();
                    return result.getLong(1);
                }
            }
        }
    }

    /**
     * The server's processes, found by their command lines: Payara, the embedded PostgreSQL (its
     * postmaster and backends) and the launcher that runs it and the embedded broker.
     */
    record Server(ProcessHandle payara, ProcessHandle postgres, ProcessHandle launcher) {

        static Server find(String home) {
            if (home == null) {
                throw new IllegalArgumentException("-Dmdt.home names the server's MDT_HOME");
            }
            var payara = process(c -> c.contains("ASMain") && c.contains(home));
            var postgres = process(c -> c.contains("postgres") && c.contains("-D " + home));
            return new Server(payara, postgres, postgres.parent().orElseThrow());
        }

        private static ProcessHandle process(java.util.function.Predicate<String> command) {
            return ProcessHandle.allProcesses()
                    .filter(p -> p.info().commandLine().filter(command).isPresent())
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no such server process"));
        }

        /** CPU time so far of each part; PostgreSQL's with its backends, living and ended. */
        Map<String, Duration> cpu() {
            var cpu = new java.util.LinkedHashMap<String, Duration>();
            cpu.put("payara", cpu(payara, false));
            cpu.put("postgres", postgres.children().map(c -> cpu(c, false)).reduce(cpu(postgres, true), Duration::plus));
            cpu.put("launcher+broker", cpu(launcher, false));
            return cpu;
        }

        static Map<String, Duration> minus(Map<String, Duration> after, Map<String, Duration> before) {
            var spent = new java.util.LinkedHashMap<String, Duration>();
            after.forEach((part, time) -> spent.put(part, time.minus(before.get(part))));
            return spent;
        }

        /**
         * User and system time from {@code /proc/PID/stat} (in Linux's USER_HZ, 100 a second), with
         * the reaped children's when asked: a backend that ended keeps counting in its postmaster's.
         */
        private static Duration cpu(ProcessHandle process, boolean reapedChildren) {
            try {
                var stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", process.pid() + "", "stat"));
                var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                if (reapedChildren) {
                    ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
                }
                return Duration.ofMillis(ticks * 10);
            } catch (java.io.IOException | RuntimeException ended) {
                return Duration.ZERO;
            }
        }
    }

    /** A queue's depth (with messages in delivery) and how many messages it ever had acknowledged. */
    record QueueState(long messages, long acknowledged) {}

    /** The broker's management address, asked about {@code mdt.alerting}. */
    record Broker(String url) {
        QueueState alerting() throws Exception {
            return new QueueState(attribute("mdt.alerting", "messageCount"), attribute("mdt.alerting", "messagesAcknowledged"));
        }

        private long attribute(String queue, String attribute) throws Exception {
            try (var locator = ActiveMQClient.createServerLocator(url);
                    var factory = locator.createSessionFactory();
                    var session = factory.createSession()) {
                session.start();
                var requestor = new ClientRequestor(session, "activemq.management");
                var message = session.createMessage(false);
                ManagementHelper.putAttribute(message, ResourceNames.QUEUE + queue, attribute);
                var reply = requestor.request(message);
                requestor.close();
                return ((Number) ManagementHelper.getResult(reply)).longValue();
            }
        }
    }

    /** An action on one model, which may fail. */
    interface ModelTask {
        void run(Model model) throws Exception;
    }

    /** Runs the task for every model on a small pool; the first failure fails the benchmark. */
    static void parallel(List<Model> models, ModelTask task) throws Exception {
        var tasks = new ArrayList<Callable<Model>>();
        for (var model : models) {
            tasks.add(() -> {
                task.run(model);
                return model;
            });
        }
        invokeAll(tasks);
    }

    static <T> List<T> invokeAll(List<Callable<T>> tasks) throws Exception {
        var pool = Executors.newFixedThreadPool(SETUP_THREADS);
        try {
            var results = new ArrayList<T>();
            for (Future<T> future : pool.invokeAll(tasks)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A condition that may throw, checked until it holds or the time is up. */
    interface Check {
        boolean holds() throws Exception;
    }

    static boolean await(Duration timeout, Check check) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(POLL.toMillis());
        }
        return true;
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    /** The API key the script created for this run ({@code MDT_API_KEY}), sent with every request. */
    static final class Credentials {
        static final String AUTHORIZATION = "Bearer " + System.getenv("MDT_API_KEY");

        private Credentials() {}
    }
}
