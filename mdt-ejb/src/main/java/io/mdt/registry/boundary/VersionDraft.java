package io.mdt.registry.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new version of a model and the schema of the data it will send.
 *
 * @param label the version's name within its model, e.g. {@code v3} or {@code 2026-11-01}
 * @param stage STAGING (default), PRODUCTION or ARCHIVED
 * @param positiveClass a binary classifier's positive class (default {@code true} for a boolean
 *     target, else {@code 1})
 * @param threshold the score from which a binary classifier without a prediction column
 *     predicts the positive class (default 0.5)
 */
public record VersionDraft(
        String label,

        @Schema(enumeration = {"STAGING", "PRODUCTION", "ARCHIVED"})
        String stage,

        String mlflowModelName,
        String mlflowModelVersion,
        List<ColumnDraft> columns,
        String positiveClass,
        Double threshold) {

    /** A version whose outputs take the default reading of its model's task. */
    public VersionDraft(
            String label, String stage, String mlflowModelName, String mlflowModelVersion, List<ColumnDraft> columns) {
        this(label, stage, mlflowModelName, mlflowModelVersion, columns, null, null);
    }
}
