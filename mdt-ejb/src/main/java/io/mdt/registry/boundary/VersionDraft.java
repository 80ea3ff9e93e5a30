package io.mdt.registry.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new version of a model and the schema of the data it will send.
 *
 * @param label the version's name within its model, e.g. {@code v3} or {@code 2026-11-01}
 * @param stage STAGING (default), PRODUCTION or ARCHIVED
 */
public record VersionDraft(
        String label,

        @Schema(enumeration = {"STAGING", "PRODUCTION", "ARCHIVED"})
        String stage,

        String mlflowModelName,
        String mlflowModelVersion,
        List<ColumnDraft> columns) {}
