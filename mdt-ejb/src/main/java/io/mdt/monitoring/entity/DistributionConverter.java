package io.mdt.monitoring.entity;

import io.mdt.engine.report.ColumnDistribution;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;

/**
 * Stores a column's distribution as one JSON object: {@code {"edges": [...], "reference":
 * [...], "current": [...]}} for bins, {@code {"categories": [...], "reference": [...],
 * "current": [...], "otherReference": n, "otherCurrent": n}} for categories.
 */
@Converter
public class DistributionConverter implements AttributeConverter<ColumnDistribution, String> {

    @Override
    public String convertToDatabaseColumn(ColumnDistribution distribution) {
        if (distribution == null) {
            return null;
        }
        var json = Json.createObjectBuilder();
        if (distribution instanceof ColumnDistribution.Binned binned) {
            var edges = Json.createArrayBuilder();
            for (double edge : binned.edges()) {
                edges.add(edge);
            }
            json.add("edges", edges);
        } else if (distribution instanceof ColumnDistribution.Categories categories) {
            var names = Json.createArrayBuilder();
            categories.categories().forEach(names::add);
            json.add("categories", names)
                    .add("otherReference", categories.otherReference())
                    .add("otherCurrent", categories.otherCurrent());
        }
        return json.add("reference", counts(distribution.reference()))
                .add("current", counts(distribution.current()))
                .build()
                .toString();
    }

    @Override
    public ColumnDistribution convertToEntityAttribute(String text) {
        if (text == null) {
            return null;
        }
        JsonObject json;
        try (var reader = Json.createReader(new StringReader(text))) {
            json = reader.readObject();
        }
        long[] reference = counts(json.getJsonArray("reference"));
        long[] current = counts(json.getJsonArray("current"));
        if (json.containsKey("edges")) {
            double[] edges = json.getJsonArray("edges").getValuesAs(JsonNumber.class).stream()
                    .mapToDouble(JsonNumber::doubleValue)
                    .toArray();
            return new ColumnDistribution.Binned(edges, reference, current);
        }
        return new ColumnDistribution.Categories(
                json.getJsonArray("categories").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList(),
                reference,
                current,
                json.getJsonNumber("otherReference").longValue(),
                json.getJsonNumber("otherCurrent").longValue());
    }

    private static JsonArrayBuilder counts(long[] counts) {
        var array = Json.createArrayBuilder();
        for (long count : counts) {
            array.add(count);
        }
        return array;
    }

    private static long[] counts(JsonArray array) {
        return array.getValuesAs(JsonNumber.class).stream()
                .mapToLong(JsonNumber::longValue)
                .toArray();
    }
}
