package io.mdt.registry.boundary;

import io.mdt.registry.entity.TaskType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client says a model is, when creating or updating it over REST or JMS. The task type
 * arrives as text, so that an unknown one is reported as a rule broken, like any other.
 */
public record ModelDraft(
        @NotBlank(message = "must not be blank") @Size(max = 200, message = "must be at most 200 characters")
        String name,

        @Schema(
                enumeration = {"BINARY_CLASSIFICATION", "MULTICLASS_CLASSIFICATION", "REGRESSION"},
                required = true)
        String taskType,

        @Size(max = 2000, message = "must be at most 2000 characters")
        String description,

        @Size(max = 200, message = "must be at most 200 characters")
        String owner,

        @Schema(
                description = "The team the model belongs to; by default the caller's one team, or "
                        + "'default' for an administrator")
        @Size(max = 100, message = "must be at most 100 characters")
        String team) {

    /** The task type; call only after {@link #taskTypeViolations()} found none. */
    TaskType type() {
        return TaskType.parse(taskType).orElseThrow();
    }

    List<Violation> taskTypeViolations() {
        var violations = new ArrayList<Violation>();
        if (TaskType.parse(taskType).isEmpty()) {
            violations.add(new Violation("taskType", "must be one of " + TaskType.CHOICES));
        }
        return violations;
    }
}
