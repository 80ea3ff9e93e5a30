package io.mdt.registry.boundary;

import io.mdt.registry.entity.MonitoredModel;
import io.mdt.registry.entity.TaskType;
import java.io.Serializable;
import java.time.Instant;

/** A model as the outside sees it; immutable, so it can be cached across the cluster. */
public record ModelSummary(
        long id,
        String name,
        TaskType taskType,
        String description,
        String owner,
        String team,
        Instant created,
        Instant updated)
        implements Serializable {

    static ModelSummary of(MonitoredModel model) {
        return new ModelSummary(
                model.getId(),
                model.getName(),
                model.getTaskType(),
                model.getDescription(),
                model.getOwner(),
                model.getTeam(),
                model.getCreated(),
                model.getUpdated());
    }
}
