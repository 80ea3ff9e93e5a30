package io.mdt.registry.boundary;

import io.mdt.registry.entity.ModelVersion;
import io.mdt.registry.entity.Stage;
import io.mdt.registry.entity.TaskType;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A model version and its schema, as clients read it. */
public record VersionSummary(
        long id,
        long modelId,
        String modelName,
        String label,
        Stage stage,
        String mlflowModelName,
        String mlflowModelVersion,
        List<ColumnSummary> columns,
        String positiveClass,
        Double threshold,
        Instant created,
        Instant updated)
        implements Serializable {

    static VersionSummary of(ModelVersion version) {
        boolean binary = version.getModel().getTaskType() == TaskType.BINARY_CLASSIFICATION;
        return new VersionSummary(
                version.getId(),
                version.getModel().getId(),
                version.getModel().getName(),
                version.getLabel(),
                version.getStage(),
                version.getMlflowModelName(),
                version.getMlflowModelVersion(),
                version.getColumns().stream().map(ColumnSummary::of).toList(),
                binary ? version.positiveClass() : null,
                binary ? version.decisionThreshold() : null,
                version.getCreated(),
                version.getUpdated());
    }
}
