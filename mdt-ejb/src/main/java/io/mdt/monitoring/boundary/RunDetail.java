package io.mdt.monitoring.boundary;

import java.util.List;

/** A run with the result of every column it evaluated. */
public record RunDetail(RunSummary run, List<ColumnOutcome> columns) {}
