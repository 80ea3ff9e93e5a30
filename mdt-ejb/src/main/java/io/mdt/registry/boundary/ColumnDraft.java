package io.mdt.registry.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One column of a version's schema as a client declares it.
 *
 * @param role FEATURE, PREDICTION, PREDICTION_SCORE, TARGET, TIMESTAMP, ID or SEGMENT
 * @param type NUMERICAL, CATEGORICAL or BOOLEAN; ignored for ID and TIMESTAMP
 * @param minimum smallest allowed value (numerical columns)
 * @param maximum largest allowed value (numerical columns)
 * @param categories the allowed values (categorical columns); empty allows any
 */
public record ColumnDraft(
        String name,

        @Schema(enumeration = {"FEATURE", "PREDICTION", "PREDICTION_SCORE", "TARGET", "TIMESTAMP", "ID", "SEGMENT"})
        String role,

        @Schema(enumeration = {"NUMERICAL", "CATEGORICAL", "BOOLEAN"})
        String type,

        Double minimum,
        Double maximum,
        List<String> categories) {}
