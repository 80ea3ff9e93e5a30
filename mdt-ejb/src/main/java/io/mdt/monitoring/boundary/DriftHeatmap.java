package io.mdt.monitoring.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A monitor's drift per column and window: one row per evaluated column, in the order the runs
 * list them, one cell per window, oldest first.
 *
 * @param monitorId the monitor
 * @param windows the finished windows shown, oldest first
 * @param rows one per column
 */
public record DriftHeatmap(long monitorId, List<Window> windows, List<Row> rows) implements Serializable {

    /** A finished window: its run and its bounds (null bounds for count windows). */
    public record Window(long runId, Instant start, Instant end) implements Serializable {}

    /** A column's cells, one per window, aligned with {@link DriftHeatmap#windows()}. */
    public record Row(String column, List<Cell> cells) implements Serializable {}

    /**
     * One column in one window; {@code method} is null when the column was not tested there.
     *
     * @param severity how far the score is towards drift, 1 at the threshold (see the engine's
     *     {@code Verdict.severity}); null when there is no score
     */
    public record Cell(String method, Double score, Double threshold, boolean drift, Double severity, String error)
            implements Serializable {

        static final Cell NONE = new Cell(null, null, null, false, null, null);
    }
}
