package io.mdt.system;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.mlflow.api.proto.ModelRegistry;
import org.mlflow.api.proto.Service;
import org.mlflow_project.google.protobuf.Message;
import org.mlflow_project.google.protobuf.util.JsonFormat;

/**
 * An MLflow tracking server and model registry for the test run, in this JVM on a free port of
 * 127.0.0.1: the part of the documented {@code /api/2.0/mlflow/} REST API that MDT calls, each
 * request read into and each answer built from the MLflow client's own protobuf messages (and
 * printed by its JSON format, with the protocol's field names), so that their shape is the real
 * one. {@link RunningMdt} starts it before the stack and configures MDT with its URI. One server
 * serves every test of the run: tests use names of their own. {@link #down} makes it answer 503
 * to everything, as an MLflow behind a failing proxy.
 */
public final class MlflowServer implements AutoCloseable {

    private static final String HOST = "127.0.0.1";
    private static final String API = "/api/2.0/mlflow/";
    private static final Set<String> STAGES = Set.of("None", "Staging", "Production", "Archived");
    private static final Pattern NAME_FILTER = Pattern.compile("name\\s*=\\s*'([^']*)'");
    private static final JsonFormat.Printer PRINTER = JsonFormat.printer().preservingProtoFieldNames();
    private static final JsonFormat.Parser PARSER = JsonFormat.parser().ignoringUnknownFields();

    private final HttpServer server;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<String, Service.Experiment> experiments = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> experimentCreations = new ConcurrentHashMap<>();
    private final Map<String, Service.RunInfo> runs = new ConcurrentHashMap<>();
    private final Map<String, List<Service.Metric>> metrics = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> params = new ConcurrentHashMap<>();
    private final Map<String, List<ModelRegistry.ModelVersion>> registry = new ConcurrentHashMap<>();
    private volatile boolean down;

    private MlflowServer(HttpServer server) {
        this.server = server;
    }

    static MlflowServer start() {
        try {
            var server = HttpServer.create(new InetSocketAddress(HOST, 0), 0);
            var mlflow = new MlflowServer(server);
            server.createContext(API, mlflow::handle);
            server.start();
            return mlflow;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the MLflow server of the tests", e);
        }
    }

    public String trackingUri() {
        return "http://" + HOST + ":" + server.getAddress().getPort();
    }

    /** Makes every request fail (503) or be served again. */
    public void down(boolean down) {
        this.down = down;
    }

    /** How many times the experiment of that name was created. */
    public int experimentCreations(String name) {
        return experimentCreations.getOrDefault(name, new AtomicInteger()).get();
    }

    /** The runs of the experiment of that name, by run name. */
    public Map<String, String> runsOf(String experimentName) {
        var experiment = experiments.get(experimentName);
        var named = new LinkedHashMap<String, String>();
        if (experiment != null) {
            runs.values().stream()
                    .filter(run -> run.getExperimentId().equals(experiment.getExperimentId()))
                    .forEach(run -> named.put(run.getRunName(), run.getRunId()));
        }
        return named;
    }

    /** Every value logged into the run under the key, in the order logged. */
    public synchronized List<Double> metric(String runId, String key) {
        return metrics.getOrDefault(runId, List.of()).stream()
                .filter(metric -> metric.getKey().equals(key))
                .map(Service.Metric::getValue)
                .toList();
    }

    public synchronized Map<String, String> params(String runId) {
        return Map.copyOf(params.getOrDefault(runId, Map.of()));
    }

    /** Registers a version of the registered model, as a data scientist would, and returns its number. */
    public synchronized String register(String name, String stage) {
        var versions = registry.computeIfAbsent(name, key -> new ArrayList<>());
        var version = ModelRegistry.ModelVersion.newBuilder()
                .setName(name)
                .setVersion(String.valueOf(versions.size() + 1))
                .setCurrentStage(stage)
                .setSource("s3://models/" + name)
                .setStatus(ModelRegistry.ModelVersionStatus.READY)
                .build();
        versions.add(version);
        return version.getVersion();
    }

    /** Moves a version to another stage, as {@code model-versions/transition-stage} does. */
    public synchronized void transition(String name, String version, String stage) {
        var versions = registry.get(name);
        int index = Integer.parseInt(version) - 1;
        versions.set(
                index, versions.get(index).toBuilder().setCurrentStage(stage).build());
    }

    public synchronized List<ModelRegistry.ModelVersion> versions(String name) {
        return List.copyOf(registry.getOrDefault(name, List.of()));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (down) {
                answer(
                        exchange,
                        503,
                        "{\"error_code\": \"TEMPORARILY_UNAVAILABLE\", \"message\": \"down for the test\"}");
                return;
            }
            var path = exchange.getRequestURI().getPath().substring(API.length());
            var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var query = query(exchange.getRequestURI().getRawQuery());
            try {
                var response = respond(exchange.getRequestMethod() + " " + path, body, query);
                if (response == null) {
                    answer(exchange, 404, error("RESOURCE_DOES_NOT_EXIST", "not found: " + path));
                } else {
                    answer(exchange, 200, PRINTER.print(response));
                }
            } catch (IllegalArgumentException refused) {
                answer(exchange, 400, error("INVALID_PARAMETER_VALUE", refused.getMessage()));
            }
        }
    }

    private synchronized Message respond(String request, String body, Map<String, String> query) throws IOException {
        return switch (request) {
            case "GET experiments/get-by-name" -> {
                var experiment = experiments.get(query.get("experiment_name"));
                yield experiment == null
                        ? null
                        : Service.GetExperimentByName.Response.newBuilder()
                                .setExperiment(experiment)
                                .build();
            }
            case "POST experiments/create" -> createExperiment(read(body, Service.CreateExperiment.newBuilder()));
            case "POST runs/create" -> createRun(read(body, Service.CreateRun.newBuilder()));
            case "POST runs/log-batch" -> logBatch(read(body, Service.LogBatch.newBuilder()));
            case "GET registered-models/get" ->
                registry.containsKey(query.get("name"))
                        ? ModelRegistry.GetRegisteredModel.Response.newBuilder()
                                .setRegisteredModel(ModelRegistry.RegisteredModel.newBuilder()
                                        .setName(query.get("name")))
                                .build()
                        : null;
            case "POST registered-models/create" ->
                createRegisteredModel(read(body, ModelRegistry.CreateRegisteredModel.newBuilder()));
            case "POST model-versions/create" ->
                createVersion(read(body, ModelRegistry.CreateModelVersion.newBuilder()));
            case "GET model-versions/search" -> search(query.getOrDefault("filter", ""));
            case "POST model-versions/transition-stage" ->
                transitionStage(read(body, ModelRegistry.TransitionModelVersionStage.newBuilder()));
            default -> null;
        };
    }

    private Message createExperiment(Service.CreateExperiment request) {
        if (experiments.containsKey(request.getName())) {
            throw new IllegalArgumentException("RESOURCE_ALREADY_EXISTS: experiment " + request.getName());
        }
        var experiment = Service.Experiment.newBuilder()
                .setExperimentId(String.valueOf(ids.incrementAndGet()))
                .setName(request.getName())
                .setLifecycleStage("active")
                .build();
        experiments.put(request.getName(), experiment);
        experimentCreations
                .computeIfAbsent(request.getName(), key -> new AtomicInteger())
                .incrementAndGet();
        return Service.CreateExperiment.Response.newBuilder()
                .setExperimentId(experiment.getExperimentId())
                .build();
    }

    private Message createRun(Service.CreateRun request) {
        var runId = "run" + ids.incrementAndGet();
        var info = Service.RunInfo.newBuilder()
                .setRunId(runId)
                .setRunUuid(runId)
                .setRunName(request.getRunName())
                .setExperimentId(request.getExperimentId())
                .setStatus(Service.RunStatus.RUNNING)
                .setStartTime(request.getStartTime())
                .setLifecycleStage("active")
                .build();
        runs.put(runId, info);
        return Service.CreateRun.Response.newBuilder()
                .setRun(Service.Run.newBuilder()
                        .setInfo(info)
                        .setData(Service.RunData.newBuilder().addAllTags(request.getTagsList())))
                .build();
    }

    private Message logBatch(Service.LogBatch request) {
        if (!runs.containsKey(request.getRunId())) {
            throw new IllegalArgumentException("no run " + request.getRunId());
        }
        metrics.computeIfAbsent(request.getRunId(), key -> new ArrayList<>()).addAll(request.getMetricsList());
        request.getParamsList()
                .forEach(param -> params.computeIfAbsent(request.getRunId(), key -> new LinkedHashMap<>())
                        .put(param.getKey(), param.getValue()));
        return Service.LogBatch.Response.getDefaultInstance();
    }

    private Message createRegisteredModel(ModelRegistry.CreateRegisteredModel request) {
        if (registry.putIfAbsent(request.getName(), new ArrayList<>()) != null) {
            throw new IllegalArgumentException("RESOURCE_ALREADY_EXISTS: registered model " + request.getName());
        }
        return ModelRegistry.CreateRegisteredModel.Response.newBuilder()
                .setRegisteredModel(ModelRegistry.RegisteredModel.newBuilder().setName(request.getName()))
                .build();
    }

    private Message createVersion(ModelRegistry.CreateModelVersion request) {
        var versions = registry.get(request.getName());
        if (versions == null) {
            throw new IllegalArgumentException("no registered model " + request.getName());
        }
        var version = ModelRegistry.ModelVersion.newBuilder()
                .setName(request.getName())
                .setVersion(String.valueOf(versions.size() + 1))
                .setCurrentStage("None")
                .setSource(request.getSource())
                .setRunId(request.getRunId())
                .addAllTags(request.getTagsList())
                .setStatus(ModelRegistry.ModelVersionStatus.READY)
                .build();
        versions.add(version);
        return ModelRegistry.CreateModelVersion.Response.newBuilder()
                .setModelVersion(version)
                .build();
    }

    private Message transitionStage(ModelRegistry.TransitionModelVersionStage request) {
        if (!STAGES.contains(request.getStage())) {
            throw new IllegalArgumentException("INVALID_PARAMETER_VALUE: stage " + request.getStage());
        }
        var versions = registry.get(request.getName());
        if (versions == null
                || !request.getVersion().matches("[1-9]\\d*")
                || Integer.parseInt(request.getVersion()) > versions.size()) {
            throw new IllegalArgumentException(
                    "RESOURCE_DOES_NOT_EXIST: version " + request.getVersion() + " of " + request.getName());
        }
        transition(request.getName(), request.getVersion(), request.getStage());
        return ModelRegistry.TransitionModelVersionStage.Response.newBuilder()
                .setModelVersion(versions.get(Integer.parseInt(request.getVersion()) - 1))
                .build();
    }

    private Message search(String filter) {
        var name = NAME_FILTER.matcher(filter);
        if (!name.matches()) {
            throw new IllegalArgumentException("this server searches by name='...' only: " + filter);
        }
        return ModelRegistry.SearchModelVersions.Response.newBuilder()
                .addAllModelVersions(registry.getOrDefault(name.group(1), List.of()))
                .build();
    }

    @SuppressWarnings("unchecked")
    private static <T extends Message> T read(String body, Message.Builder builder) throws IOException {
        PARSER.merge(body, builder);
        return (T) builder.build();
    }

    private static Map<String, String> query(String raw) {
        var parameters = new LinkedHashMap<String, String>();
        if (raw != null) {
            for (var pair : raw.split("&")) {
                var equals = pair.indexOf('=');
                parameters.put(
                        URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8),
                        equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    private static String error(String code, String message) {
        return "{\"error_code\": \"" + code + "\", \"message\": \"" + message.replace("\"", "'") + "\"}";
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        var bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
