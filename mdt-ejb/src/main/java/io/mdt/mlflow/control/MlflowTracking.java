package io.mdt.mlflow.control;

import io.mdt.mlflow.boundary.MlflowUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.mlflow.api.proto.ModelRegistry;
import org.mlflow.api.proto.Service;
import org.mlflow.tracking.MlflowClientException;
import org.mlflow.tracking.MlflowHttpException;
import org.mlflow.tracking.Page;

/**
 * The MLflow calls MDT makes, over the official client: experiments, runs, metrics and the
 * registry. The client covers reading the registry only, so registered models and versions are
 * created by posting to the documented REST paths. Every failure is recorded for the health
 * check and raised as {@link MlflowUnavailableException}.
 */
@ApplicationScoped
public class MlflowTracking {

    private static final int NOT_FOUND = 404;

    /** MLflow's limit of metrics in one {@code runs/log-batch} request. */
    private static final int MAX_METRICS_PER_BATCH = 1000;

    @Inject
    MlflowSettings settings;

    @Inject
    MlflowHealth health;

    /**
     * The experiment's id, created if there is none of that name yet. Looked up by name first:
     * the client repeats a failed create, and a second create of one name is refused.
     */
    public String experiment(String name) {
        return call(
                "find or create experiment " + name,
                () -> settings.client()
                        .getExperimentByName(name)
                        .map(Service.Experiment::getExperimentId)
                        .orElseGet(() -> settings.client().createExperiment(name)));
    }

    /** Starts a run of the experiment and returns its id. */
    public String createRun(String experimentId, String runName, Map<String, String> tags) {
        var request = Service.CreateRun.newBuilder()
                .setExperimentId(experimentId)
                .setRunName(runName)
                .setStartTime(System.currentTimeMillis());
        tags.forEach((key, value) ->
                request.addTags(Service.RunTag.newBuilder().setKey(key).setValue(value)));
        return call(
                "create a run",
                () -> settings.client().createRun(request.build()).getRunId());
    }

    /** Logs metrics and parameters into the run in one request. */
    public void log(String runId, List<Figure> figures, Map<String, String> params) {
        var metrics = figures.stream()
                .map(figure -> Service.Metric.newBuilder()
                        .setKey(figure.key())
                        .setValue(figure.value())
                        .setTimestamp(figure.timestamp())
                        .setStep(figure.step())
                        .build())
                .toList();
        var parameters = params.entrySet().stream()
                .map(param -> Service.Param.newBuilder()
                        .setKey(param.getKey())
                        .setValue(param.getValue())
                        .build())
                .toList();
        call("log into run " + runId, () -> {
            if (!parameters.isEmpty()) {
                settings.client().logBatch(runId, List.of(), parameters, List.of());
            }
            for (int from = 0; from < metrics.size(); from += MAX_METRICS_PER_BATCH) {
                var batch = metrics.subList(from, Math.min(metrics.size(), from + MAX_METRICS_PER_BATCH));
                settings.client().logBatch(runId, batch, List.of(), List.of());
            }
            return null;
        });
    }

    /** Every version of the registered model, or none when the registry has no such model. */
    public List<RegistryVersion> versions(String registeredModel) {
        return call("read the versions of registered model " + registeredModel, () -> {
            var versions = new ArrayList<RegistryVersion>();
            Page<ModelRegistry.ModelVersion> page =
                    settings.client().searchModelVersions("name='" + registeredModel + "'");
            page.getItems().forEach(version -> versions.add(of(version)));
            while (page.hasNextPage()) {
                page = page.getNextPage();
                page.getItems().forEach(version -> versions.add(of(version)));
            }
            return versions;
        });
    }

    /** Creates the registered model unless the registry has it already. */
    public void ensureRegisteredModel(String name) {
        call("create registered model " + name, () -> {
            if (registeredModel(name).isEmpty()) {
                settings.client()
                        .sendPost(
                                "registered-models/create",
                                Json.createObjectBuilder()
                                        .add("name", name)
                                        .build()
                                        .toString());
            }
            return null;
        });
    }

    /** Registers the model logged by the run as a new version of the registered model. */
    public RegistryVersion createVersion(String registeredModel, String runId, Map<String, String> tags) {
        var tagList = Json.createArrayBuilder();
        tags.forEach((key, value) ->
                tagList.add(Json.createObjectBuilder().add("key", key).add("value", value)));
        var body = Json.createObjectBuilder()
                .add("name", registeredModel)
                .add("source", "runs:/" + runId + "/model")
                .add("run_id", runId)
                .add("tags", tagList)
                .build();
        return call("register a version of " + registeredModel, () -> {
            var answer = settings.client().sendPost("model-versions/create", body.toString());
            var version = read(answer).getJsonObject("model_version");
            return new RegistryVersion(
                    version.getString("name"),
                    version.getString("version"),
                    version.getString("current_stage", "None"),
                    tags);
        });
    }

    /**
     * Moves a registry version to another stage, leaving the other versions where they are
     * (MDT moves each of its versions itself).
     */
    public void transitionStage(String registeredModel, String version, String stage) {
        var body = Json.createObjectBuilder()
                .add("name", registeredModel)
                .add("version", version)
                .add("stage", stage)
                .add("archive_existing_versions", false)
                .build();
        call("move version " + version + " of " + registeredModel + " to " + stage, () -> {
            settings.client().sendPost("model-versions/transition-stage", body.toString());
            return null;
        });
    }

    private Optional<ModelRegistry.RegisteredModel> registeredModel(String name) {
        try {
            return Optional.of(settings.client().getRegisteredModel(name));
        } catch (MlflowHttpException e) {
            if (e.getStatusCode() == NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private <T> T call(String action, Supplier<T> request) {
        try {
            var result = request.get();
            health.succeeded();
            return result;
        } catch (MlflowClientException e) {
            var failure = new MlflowUnavailableException(action, e);
            health.failed(failure.getMessage());
            throw failure;
        }
    }

    private static RegistryVersion of(ModelRegistry.ModelVersion version) {
        return new RegistryVersion(
                version.getName(),
                version.getVersion(),
                version.getCurrentStage(),
                version.getTagsList().stream()
                        .collect(Collectors.toMap(
                                ModelRegistry.ModelVersionTag::getKey,
                                ModelRegistry.ModelVersionTag::getValue,
                                (first, second) -> second)));
    }

    private static JsonObject read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
