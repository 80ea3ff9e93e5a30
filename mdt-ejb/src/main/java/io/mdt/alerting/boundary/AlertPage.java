package io.mdt.alerting.boundary;

import java.io.Serializable;
import java.util.List;

/** One page of alerts, newest first, and how many match in all. */
public record AlertPage(List<AlertSummary> items, long total, int page, int size) implements Serializable {}
