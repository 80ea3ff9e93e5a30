package io.mdt.serving.view;

import io.mdt.platform.view.NumberText;
import io.mdt.platform.view.PageMessages;
import io.mdt.registry.boundary.ModelNotFoundException;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.ModelVersions;
import io.mdt.registry.boundary.VersionNotFoundException;
import io.mdt.registry.entity.ColumnRole;
import io.mdt.registry.entity.ValueType;
import io.mdt.serving.boundary.ArtifactNotFoundException;
import io.mdt.serving.boundary.ArtifactSummary;
import io.mdt.serving.boundary.Artifacts;
import io.mdt.serving.boundary.ServedPrediction;
import io.mdt.serving.boundary.Serving;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The playground of a served version: a form made from the version's features (those the model
 * reads first), or a record pasted as JSON; the answer as the endpoint gives it, with each
 * class's probability and whether the cache answered. Each record tried is also logged as a
 * prediction of the version, as every served answer is.
 */
@Named
@ViewScoped
public class Playground implements Serializable {

    @Inject
    ModelVersions versions;

    @Inject
    Artifacts artifacts;

    @Inject
    Serving serving;

    private String model;
    private String version;
    private ArtifactSummary artifact;
    private List<FeatureInput> inputs = List.of();
    private String pasted;
    private ServedPrediction answer;

    /** Reads the version and its artifact; a missing one is said on the page. */
    public void load() {
        if (model == null || version == null) {
            PageMessages.refusedBeside(null, "Choose a model and a version: this page needs ?model=...&version=....");
            return;
        }
        try {
            var summary = versions.get(model, version);
            artifact = artifacts.get(model, version);
            var read = artifact.features();
            var fields = new ArrayList<FeatureInput>();
            summary.columns().stream()
                    .filter(column -> column.role() == ColumnRole.FEATURE)
                    .forEach(column -> fields.add(new FeatureInput(column, read.contains(column.name()))));
            fields.sort((a, b) -> Boolean.compare(b.isReadByModel(), a.isReadByModel()));
            inputs = List.copyOf(fields);
        } catch (ModelNotFoundException | VersionNotFoundException | ArtifactNotFoundException missing) {
            PageMessages.refusedBeside(null, missing.getMessage());
        }
    }

    /** Scores the record of the form. */
    public void predict() {
        var features = Json.createObjectBuilder();
        for (var input : inputs) {
            var text = input.getText() == null ? "" : input.getText().strip();
            if (text.isEmpty()) {
                features.addNull(input.getName());
            } else if (input.getType() == ValueType.NUMERICAL) {
                try {
                    features.add(input.getName(), new BigDecimal(text));
                } catch (NumberFormatException notANumber) {
                    PageMessages.refusedBeside(null, input.getName() + " must be a number");
                    return;
                }
            } else if (input.getType() == ValueType.BOOLEAN) {
                features.add(input.getName(), Boolean.parseBoolean(text) ? JsonValue.TRUE : JsonValue.FALSE);
            } else {
                features.add(input.getName(), text);
            }
        }
        send(Json.createObjectBuilder().add("features", features).build().toString());
    }

    /** Fills the form from a pasted record ({@code {"features": {...}}} or the features alone) and scores it. */
    public void predictPasted() {
        JsonObject record;
        try (var reader = Json.createReader(new StringReader(pasted == null ? "" : pasted))) {
            record = reader.readObject();
        } catch (JsonException | IllegalStateException notJson) {
            PageMessages.refusedBeside("playground:pasted", "Paste one JSON object: a record or its features.");
            return;
        }
        var features =
                record.containsKey("features") && record.get("features") instanceof JsonObject inner ? inner : record;
        for (var input : inputs) {
            var value = features.get(input.getName());
            input.setText(value == null || value == JsonValue.NULL ? "" : text(value));
        }
        send(Json.createObjectBuilder().add("features", features).build().toString());
    }

    private static String text(JsonValue value) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue().toPlainString();
        }
        return value.toString();
    }

    private void send(String record) {
        answer = null;
        try {
            var report = serving.predict(model, version, new StringReader(record));
            if (report.nothingAnswered()) {
                report.rejected().forEach(rejected -> PageMessages.refusedBeside(null, rejected.reason()));
                return;
            }
            answer = report.predictions().get(0);
        } catch (ModelValidationException invalid) {
            PageMessages.refused(invalid);
        } catch (ArtifactNotFoundException gone) {
            PageMessages.refusedBeside(null, gone.getMessage());
        }
    }

    /** The prediction for people: a number rounded as every page rounds it, a class as it is. */
    public String getPredictionText() {
        if (answer == null) {
            return "";
        }
        return answer.prediction() instanceof Number number
                ? NumberText.of(number)
                : String.valueOf(answer.prediction());
    }

    /** The answer's class probabilities, by score column in name order. */
    public List<Map.Entry<String, Double>> getScoreList() {
        return answer == null ? List.of() : List.copyOf(new TreeMap<>(answer.scores()).entrySet());
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public ArtifactSummary getArtifact() {
        return artifact;
    }

    public List<FeatureInput> getInputs() {
        return inputs;
    }

    public String getPasted() {
        return pasted;
    }

    public void setPasted(String pasted) {
        this.pasted = pasted;
    }

    public ServedPrediction getAnswer() {
        return answer;
    }
}
