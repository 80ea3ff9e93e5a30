package io.mdt.monitoring.entity;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** Stores threshold rules by key (a metric, a column, a type or {@code *}) as one JSON object. */
@Converter
public class ThresholdMapConverter implements AttributeConverter<Map<String, MetricThreshold>, String> {

    @Override
    public String convertToDatabaseColumn(Map<String, MetricThreshold> rules) {
        return rules == null ? null : json(rules).build().toString();
    }

    @Override
    public Map<String, MetricThreshold> convertToEntityAttribute(String text) {
        if (text == null) {
            return null;
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            return rules(reader.readObject());
        }
    }

    static JsonObjectBuilder json(Map<String, MetricThreshold> rules) {
        var json = Json.createObjectBuilder();
        rules.forEach((key, rule) -> json.add(key, json(rule)));
        return json;
    }

    static Map<String, MetricThreshold> rules(JsonObject json) {
        var rules = new LinkedHashMap<String, MetricThreshold>();
        json.forEach((key, rule) -> rules.put(key, rule(rule.asJsonObject())));
        return rules;
    }

    private static JsonObjectBuilder json(MetricThreshold rule) {
        var json = Json.createObjectBuilder().add("kind", rule.kind());
        if (rule.lower() != null) {
            json.add("lower", rule.lower());
        }
        if (rule.upper() != null) {
            json.add("upper", rule.upper());
        }
        if (rule.k() != null) {
            json.add("k", rule.k());
        }
        return json;
    }

    private static MetricThreshold rule(JsonObject json) {
        return new MetricThreshold(
                json.getString("kind"), number(json, "lower"), number(json, "upper"), number(json, "k"));
    }

    private static Double number(JsonObject json, String key) {
        var value = json.get(key);
        return value == null || value == JsonValue.NULL ? null : ((JsonNumber) value).doubleValue();
    }
}
