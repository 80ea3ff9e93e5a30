package io.mdt.monitoring.boundary;

import java.util.List;

/** A run with the result of every column it evaluated and what it measured of performance. */
public record RunDetail(RunSummary run, List<ColumnOutcome> columns, RunPerformance performance) {}
