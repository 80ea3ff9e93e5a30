package io.mdt.monitoring.boundary;

import java.util.List;

/** One page of runs, newest window first, with the total matching the filter. */
public record RunPage(List<RunSummary> items, long total, int page, int size) {}
