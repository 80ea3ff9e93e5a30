package io.mdt.platform.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.HashMap;
import java.util.Map;

/** Stores a small map of settings as a JSON object in a text column. */
@Converter
public class TextMapConverter implements AttributeConverter<Map<String, String>, String> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public String convertToDatabaseColumn(Map<String, String> map) {
        return JSONB.toJson(map == null ? Map.of() : map);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, String> convertToEntityAttribute(String json) {
        return json == null || json.isBlank() ? Map.of() : Map.copyOf(JSONB.fromJson(json, HashMap.class));
    }
}
