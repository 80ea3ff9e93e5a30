package io.mdt.retention.boundary;

import java.util.List;

/**
 * A model's retention and where its versions' data is.
 *
 * @param retentionDays days of raw predictions and actuals kept; run results are kept for good
 */
public record RetentionSummary(String model, int retentionDays, List<VersionStorage> versions) {}
