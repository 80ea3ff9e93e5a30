package io.mdt.alerting.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** Stores label matchers as a JSON array in a text column. */
@Converter
public class MatchersConverter implements AttributeConverter<List<LabelMatcher>, String> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public String convertToDatabaseColumn(List<LabelMatcher> matchers) {
        return JSONB.toJson(matchers == null ? List.of() : matchers);
    }

    @Override
    public List<LabelMatcher> convertToEntityAttribute(String json) {
        return json == null || json.isBlank() ? List.of() : List.of(JSONB.fromJson(json, LabelMatcher[].class));
    }
}
