package io.mdt.monitoring.view;

import io.mdt.alerting.boundary.OpenAlertCounts;
import io.mdt.monitoring.boundary.OverviewEntry;
import java.io.Serializable;

/** One model on the overview: its health and last evaluation, its open alerts, its main figure over time. */
public record OverviewRow(OverviewEntry model, OpenAlertCounts alerts, Sparkline trend) implements Serializable {}
