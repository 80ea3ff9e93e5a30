package io.mdt.system;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tribuo.Example;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;

/**
 * Latency and throughput of the prediction endpoint serving an ONNX graph and a Tribuo model
 * against the same models scored directly by ONNX Runtime and Tribuo in this process, for one
 * record and for batches of 100, cached (the same input again) and uncached (a new input each
 * time), and beside the cost of logging one prediction without scoring it (the ingestion
 * endpoint), which every served answer also pays, and of an authenticated read that neither scores
 * nor logs (the floor of any call to the API). One client sends requests one after the other over
 * HTTP/1.1 keep-alive; each served answer is also committed as a prediction (a durable commit
 * per request). Not part of the suite, its name not ending in IT: {@code bench/serving.sh} runs
 * it and the table goes to {@code target/serving.md}.
 */
@ExtendWith(RunningMdt.class)
class ServingBenchmark {

    static final int WARM_UP = 300;
    static final int SINGLES = 2_000;
    static final int BATCHES = 200;
    static final int BATCH = 100;

    private final Mdt mdt;
    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Random random = new Random(11);

    ServingBenchmark(Mdt mdt) {
        this.mdt = mdt;
    }

    @Test
    void theEndpointAgainstOnnxRuntimeAndTribuoInProcess() throws Exception {
        var classifier = ServedModels.classifier();
        var onnx = ServedModels.classifierVersion(mdt, "serving-bench-onnx");
        mdt.api()
                .contentType("application/octet-stream")
                .body(ServedModels.onnx(classifier))
                .queryParam("format", "onnx")
                .queryParam("features", List.of(ServedModels.FEATURES))
                .queryParam("classes", ServedModels.classes(classifier))
                .put("/models/" + onnx + "/versions/v1/artifact")
                .then()
                .statusCode(200);
        var tribuo = ServedModels.classifierVersion(mdt, "serving-bench");
        ServedModels.upload(mdt, tribuo, classifier);

        var rows = new ArrayList<String>();
        endpoint("ONNX", onnx, rows);
        endpoint("Tribuo", tribuo, rows);

        var artifact = URI.create(mdt.baseUrl() + "/api/v1/models/" + tribuo + "/versions/v1/artifact");
        measure(WARM_UP, i -> get(artifact));
        rows.add(row(
                "an authenticated read (GET .../artifact), no scoring or logging",
                1,
                measure(SINGLES, i -> get(artifact))));

        var predictions = URI.create(mdt.baseUrl() + "/api/v1/models/" + tribuo + "/versions/v1/predictions");
        measure(WARM_UP, i -> post(predictions, prediction()));
        rows.add(row(
                "logging alone (POST .../predictions), 1 record",
                1,
                measure(SINGLES, i -> post(predictions, prediction()))));

        try (var environment = OrtEnvironment.getEnvironment();
                var options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            try (var session = environment.createSession(ServedModels.onnx(classifier), options)) {
                measure(10 * WARM_UP, i -> score(environment, session, 1));
                rows.add(row(
                        "ONNX Runtime in process, 1 record",
                        1,
                        measure(50 * SINGLES, i -> score(environment, session, 1))));
                rows.add(row(
                        "ONNX Runtime in process, 100 records",
                        BATCH,
                        measure(10 * BATCHES, i -> score(environment, session, BATCH))));
            }
        }

        List<Example<Label>> examples = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            examples.add(example());
        }
        measure(10 * WARM_UP, i -> classifier.predict(example()));
        rows.add(row("Tribuo in process, 1 record", 1, measure(50 * SINGLES, i -> classifier.predict(example()))));
        rows.add(
                row("Tribuo in process, 100 records", BATCH, measure(10 * BATCHES, i -> classifier.predict(examples))));

        var table = "| case | p50 (ms) | p99 (ms) | records/s |\n|---|---|---|---|\n" + String.join("\n", rows) + "\n";
        System.out.println(table);
        Files.writeString(Path.of("target", "serving.md"), table);
    }

    /** The served rows of one artifact: one record and batches of 100, uncached then cached. */
    private void endpoint(String format, String model, List<String> rows) {
        var uri = URI.create(mdt.baseUrl() + "/api/v1/models/" + model + "/versions/v1/predict");
        var fixed = records(1);
        var fixedBatch = records(BATCH);
        measure(WARM_UP, i -> post(uri, records(1)));
        rows.add(row("endpoint (" + format + "), 1 record, uncached", 1, measure(SINGLES, i -> post(uri, records(1)))));
        post(uri, fixed);
        rows.add(row("endpoint (" + format + "), 1 record, cached", 1, measure(SINGLES, i -> post(uri, fixed))));
        rows.add(row(
                "endpoint (" + format + "), 100 records, uncached",
                BATCH,
                measure(BATCHES, i -> post(uri, records(BATCH)))));
        post(uri, fixedBatch);
        rows.add(row(
                "endpoint (" + format + "), 100 records, cached", BATCH, measure(BATCHES, i -> post(uri, fixedBatch))));
    }

    /** Scores new records as one float tensor, as the server does for each record. */
    private void score(OrtEnvironment environment, OrtSession session, int count) {
        var values = new float[count * ServedModels.FEATURES.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        try (var tensor = OnnxTensor.createTensor(
                        environment, FloatBuffer.wrap(values), new long[] {count, ServedModels.FEATURES.length});
                var result =
                        session.run(Map.of(session.getInputNames().iterator().next(), tensor))) {
            if (result.size() == 0) {
                throw new AssertionError("no output");
            }
        } catch (OrtException e) {
            throw new AssertionError(e);
        }
    }

    private Example<Label> example() {
        return new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, ServedModels.FEATURES, new double[] {
            random.nextGaussian(), random.nextGaussian()
        });
    }

    /** One prediction as a client logs it itself: the record, its time, its answer. */
    private String prediction() {
        return String.format(
                Locale.ROOT,
                "{\"predictionId\": \"%s\", \"timestamp\": \"%s\", \"features\": {\"x1\": %.17g, \"x2\": %.17g,"
                        + " \"region\": \"EU\"}, \"prediction\": 1, \"scores\": {\"p1\": 0.75}}",
                java.util.UUID.randomUUID(),
                java.time.Instant.now(),
                random.nextGaussian(),
                random.nextGaussian());
    }

    /** A batch of records with new values (a single record when {@code count} is 1). */
    private String records(int count) {
        var batch = new StringJoiner(", ", count == 1 ? "" : "[", count == 1 ? "" : "]");
        for (int i = 0; i < count; i++) {
            batch.add(String.format(
                    Locale.ROOT,
                    "{\"features\": {\"x1\": %.17g, \"x2\": %.17g, \"region\": \"EU\"}}",
                    random.nextGaussian(),
                    random.nextGaussian()));
        }
        return batch.toString();
    }

    private void post(URI uri, String body) {
        send(HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + mdt.adminKey())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private void get(URI uri) {
        send(HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + mdt.adminKey())
                .GET()
                .build());
    }

    private void send(HttpRequest request) {
        try {
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("the endpoint answered " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Each call's duration in nanoseconds, and the whole run's. */
    private record Timings(long[] each, long total) {}

    private static Timings measure(int calls, IntConsumer call) {
        var each = new long[calls];
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            long before = System.nanoTime();
            call.accept(i);
            each[i] = System.nanoTime() - before;
        }
        return new Timings(each, System.nanoTime() - start);
    }

    private static String row(String name, int records, Timings timings) {
        var sorted = timings.each().clone();
        Arrays.sort(sorted);
        double p50 = sorted[sorted.length / 2] / 1e6;
        double p99 = sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6;
        double throughput = (double) sorted.length * records / (timings.total() / 1e9);
        return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %,.0f |", name, p50, p99, throughput);
    }
}
