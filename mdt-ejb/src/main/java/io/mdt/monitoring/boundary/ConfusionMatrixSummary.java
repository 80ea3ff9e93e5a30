package io.mdt.monitoring.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import java.io.Serializable;
import java.io.StringReader;
import java.util.List;

/**
 * A window's realized confusion matrix: rows are the actual classes, columns the predicted
 * ones, both in {@code labels} order (for a binary classifier {@code [[tn, fp], [fn, tp]]}).
 */
public record ConfusionMatrixSummary(List<String> labels, List<List<Long>> matrix) implements Serializable {

    static ConfusionMatrixSummary parse(String json) {
        if (json == null) {
            return null;
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            var object = reader.readObject();
            return new ConfusionMatrixSummary(
                    object.getJsonArray("labels").getValuesAs(JsonString::getString),
                    object.getJsonArray("matrix").getValuesAs(JsonArray.class).stream()
                            .map(row -> row.getValuesAs(JsonNumber.class).stream()
                                    .map(JsonNumber::longValue)
                                    .toList())
                            .toList());
        }
    }
}
