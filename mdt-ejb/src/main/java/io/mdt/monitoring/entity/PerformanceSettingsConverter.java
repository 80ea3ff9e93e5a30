package io.mdt.monitoring.entity;

import jakarta.json.Json;
import jakarta.json.JsonString;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;

/** Stores a monitor's performance settings as one JSON document, so new settings need no new columns. */
@Converter
public class PerformanceSettingsConverter implements AttributeConverter<PerformanceSettings, String> {

    @Override
    public String convertToDatabaseColumn(PerformanceSettings settings) {
        if (settings == null) {
            return null;
        }
        var metrics = Json.createArrayBuilder(settings.metrics());
        var thresholds = ThresholdMapConverter.json(settings.thresholds());
        return Json.createObjectBuilder()
                .add("metrics", metrics)
                .add("minActuals", settings.minActuals())
                .add("referenceChunks", settings.referenceChunks())
                .add("thresholds", thresholds)
                .add("estimate", settings.estimate())
                .add("actualsHorizonSeconds", settings.actualsHorizonSeconds())
                .build()
                .toString();
    }

    @Override
    public PerformanceSettings convertToEntityAttribute(String text) {
        if (text == null) {
            return null;
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            var json = reader.readObject();
            var thresholds = ThresholdMapConverter.rules(json.getJsonObject("thresholds"));
            return new PerformanceSettings(
                    json.getJsonArray("metrics").getValuesAs(JsonString::getString),
                    json.getInt("minActuals"),
                    json.getInt("referenceChunks"),
                    thresholds,
                    json.getBoolean("estimate"),
                    json.getJsonNumber("actualsHorizonSeconds").longValue());
        }
    }
}
