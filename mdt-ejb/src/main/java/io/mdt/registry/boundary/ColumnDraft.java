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
 * @param classLabel the class a PREDICTION_SCORE column is the probability of (default: the
 *     column's name); a binary classifier's single score column is the positive class's
 */
public record ColumnDraft(
        String name,

        @Schema(enumeration = {"FEATURE", "PREDICTION", "PREDICTION_SCORE", "TARGET", "TIMESTAMP", "ID", "SEGMENT"})
        String role,

        @Schema(enumeration = {"NUMERICAL", "CATEGORICAL", "BOOLEAN"})
        String type,

        Double minimum,
        Double maximum,
        List<String> categories,
        String classLabel) {

    /** A column without a class label, as every column but a score column is declared. */
    public ColumnDraft(String name, String role, String type, Double minimum, Double maximum, List<String> categories) {
        this(name, role, type, minimum, maximum, categories, null);
    }
}
