package io.mdt.serving.boundary;

import io.mdt.engine.performance.ClassLabels;
import io.mdt.ingestion.boundary.Ingestion;
import io.mdt.ingestion.boundary.RejectedRecord;
import io.mdt.ingestion.control.BatchReader;
import io.mdt.platform.entity.InstantConverter;
import io.mdt.registry.boundary.ModelVersions;
import io.mdt.registry.entity.ColumnRole;
import io.mdt.registry.entity.ModelVersion;
import io.mdt.registry.entity.SchemaColumn;
import io.mdt.registry.entity.ValueType;
import io.mdt.serving.control.ArtifactStore;
import io.mdt.serving.control.LoadedModels;
import io.mdt.serving.control.ScoreCache;
import io.mdt.serving.control.Scored;
import io.mdt.serving.control.ServableModel;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Scores records with a version's model and logs each answer as that version's prediction, in
 * the same transaction, through ingestion and its validation: a served model is monitored like
 * any other. Identical inputs to the same artifact are answered from the cluster-wide cache.
 * A record the model cannot score (a feature it reads missing or not a finite number) or that
 * ingestion rejects is reported with its index and reason; the others are answered.
 */
@Stateless
public class Serving {

    @Inject
    ArtifactStore store;

    @Inject
    ModelVersions versions;

    @Inject
    Ingestion ingestion;

    @Inject
    LoadedModels models;

    @Inject
    ScoreCache cache;

    @Inject
    @ConfigProperty(name = "mdt.ingestion.batch-limit", defaultValue = "10000")
    int batchLimit;

    /** Scores one record or an array of them and logs the answers. */
    public ServingReport predict(String model, String label, Reader body) {
        var version = versions.version(model, label);
        var requests = new ArrayList<ServingRequestRecord>();
        var indexes = new ArrayList<Integer>();
        int[] index = {0};
        var outcome = BatchReader.read(body, batchLimit, batchLimit, false, parser -> {
            try {
                requests.add(ServingRequestRecord.read(parser));
                indexes.add(index[0]++);
                return null;
            } catch (IllegalArgumentException invalid) {
                index[0]++;
                return invalid.getMessage();
            }
        });
        var rejected = new ArrayList<>(outcome.rejected());
        var answered = answer(version, requests, indexes, rejected);
        rejected.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return new ServingReport(outcome.received(), answered, rejected);
    }

    /**
     * Scores inputs MDT recorded earlier, each logged at the time it was first seen and under
     * its prediction id: how a retrained model answers its hold-out, so that its predictions
     * pair with the champion's. Logged in batches of at most {@code mdt.ingestion.batch-limit}.
     */
    public ServingReport replay(String model, String label, List<RecordedInput> inputs) {
        var version = versions.version(model, label);
        var answered = new ArrayList<ServedPrediction>();
        var rejected = new ArrayList<RejectedRecord>();
        for (int start = 0; start < inputs.size(); start += batchLimit) {
            var requests = new ArrayList<ServingRequestRecord>();
            var indexes = new ArrayList<Integer>();
            for (int i = start; i < Math.min(inputs.size(), start + batchLimit); i++) {
                var input = inputs.get(i);
                requests.add(new ServingRequestRecord(input.predictionId(), input.features(), null, input.timestamp()));
                indexes.add(i);
            }
            answered.addAll(answer(version, requests, indexes, rejected));
        }
        rejected.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return new ServingReport(inputs.size(), answered, rejected);
    }

    /** The answers to the requests, each logged; a record refused is added to {@code rejected}. */
    private List<ServedPrediction> answer(
            ModelVersion version,
            List<ServingRequestRecord> requests,
            List<Integer> indexes,
            List<RejectedRecord> rejected) {
        var artifact = store.of(version.getId())
                .orElseThrow(
                        () -> new ArtifactNotFoundException(version.getModel().getName(), version.getLabel()));
        var sha256 = artifact.getSha256();
        var servable = models.get(artifact, () -> store.content(artifact));
        var answered = new ArrayList<ServedPrediction>();
        var logged = Json.createArrayBuilder();
        var loggedIndexes = new ArrayList<Integer>();
        var now = InstantConverter.now().toString();
        var mapping = new AnswerMapping(version);
        for (int i = 0; i < requests.size(); i++) {
            var request = requests.get(i);
            double[] values;
            try {
                values = values(servable, request.features());
            } catch (IllegalArgumentException unscorable) {
                rejected.add(new RejectedRecord(indexes.get(i), unscorable.getMessage(), null));
                continue;
            }
            var answer = cache.answer(sha256, values, () -> servable.score(values));
            var prediction = mapping.prediction(answer.scored());
            if (prediction == null) {
                rejected.add(new RejectedRecord(
                        indexes.get(i), "the model's answer does not fit the version's prediction column", null));
                continue;
            }
            var id = request.predictionId() != null
                    ? request.predictionId()
                    : UUID.randomUUID().toString();
            var scores = mapping.scores(answer.scored());
            var record = Json.createObjectBuilder()
                    .add("predictionId", id)
                    .add(
                            "timestamp",
                            request.timestamp() == null
                                    ? now
                                    : request.timestamp().toString())
                    .add("features", request.features())
                    .add("prediction", prediction);
            if (!scores.isEmpty()) {
                var scoreObject = Json.createObjectBuilder();
                scores.forEach(scoreObject::add);
                record.add("scores", scoreObject);
            }
            if (request.segments() != null) {
                record.add("segments", request.segments());
            }
            logged.add(record);
            loggedIndexes.add(indexes.get(i));
            answered.add(new ServedPrediction(indexes.get(i), id, plain(prediction), scores, answer.cached()));
        }
        if (!loggedIndexes.isEmpty()) {
            var report = ingestion.predictions(
                    version.getModel().getName(),
                    version.getLabel(),
                    new StringReader(logged.build().toString()),
                    false);
            var refused = new HashMap<Integer, String>();
            report.rejected().forEach(r -> refused.put(loggedIndexes.get(r.index()), r.reason()));
            answered.removeIf(served -> refused.containsKey(served.index()));
            refused.forEach((at, reason) -> rejected.add(new RejectedRecord(at, reason, null)));
        }
        return answered;
    }

    /** The values of the features the model reads, in its order: each a finite number. */
    static double[] values(ServableModel servable, JsonObject features) {
        var names = servable.features();
        var values = new double[names.size()];
        for (int i = 0; i < values.length; i++) {
            var value = features.get(names.get(i));
            if (!(value instanceof JsonNumber number)) {
                throw new IllegalArgumentException(
                        "feature '" + names.get(i) + "' is read by the model and must be a number");
            }
            values[i] = number.doubleValue();
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("feature '" + names.get(i) + "' must be a finite number");
            }
        }
        return values;
    }

    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case NUMBER -> ((JsonNumber) value).doubleValue();
            case TRUE -> true;
            case FALSE -> false;
            default -> ((JsonString) value).getString();
        };
    }

    /**
     * How a model's answer reads in the version's columns: the class or value in the prediction
     * column's type, each class's probability in the score column of that class.
     */
    static final class AnswerMapping {
        private final SchemaColumn prediction;
        private final Map<String, String> scoreColumns = new LinkedHashMap<>();

        AnswerMapping(ModelVersion version) {
            prediction = version.column(ColumnRole.PREDICTION).orElseThrow();
            for (var column : version.columns(ColumnRole.PREDICTION_SCORE)) {
                scoreColumns.put(ClassLabels.normalise(column.scoreClass()), column.getName());
            }
        }

        /** The prediction as the column stores it, or null when it cannot. */
        JsonValue prediction(Scored scored) {
            if (scored.label() == null) {
                return prediction.getType() == ValueType.NUMERICAL ? Json.createValue(scored.value()) : null;
            }
            var label = scored.label();
            return switch (prediction.getType()) {
                case CATEGORICAL -> Json.createValue(label);
                case NUMERICAL -> {
                    try {
                        yield Json.createValue(Double.parseDouble(label.strip()));
                    } catch (NumberFormatException notANumber) {
                        yield null;
                    }
                }
                case BOOLEAN ->
                    switch (ClassLabels.normalise(label).toLowerCase(Locale.ROOT)) {
                        case "true", "1" -> JsonValue.TRUE;
                        case "false", "0" -> JsonValue.FALSE;
                        default -> null;
                    };
            };
        }

        /** Each class's probability, by the score column of its class. */
        Map<String, Double> scores(Scored scored) {
            var scores = new LinkedHashMap<String, Double>();
            scored.scores().forEach((label, score) -> {
                var column = scoreColumns.get(ClassLabels.normalise(label));
                if (column != null) {
                    scores.put(column, score);
                }
            });
            return scores;
        }
    }
}
