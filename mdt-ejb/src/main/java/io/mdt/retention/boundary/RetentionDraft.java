package io.mdt.retention.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How long a model keeps its raw predictions and actuals. */
public record RetentionDraft(
        @Schema(
                description = "Days of raw data kept, counted back from the newest prediction or now",
                minimum = "1",
                maximum = "36500",
                required = true)
        Integer days) {}
