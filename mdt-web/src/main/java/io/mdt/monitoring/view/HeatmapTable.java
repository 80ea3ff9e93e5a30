package io.mdt.monitoring.view;

import io.mdt.monitoring.boundary.DriftHeatmap;
import io.mdt.platform.view.NumberText;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The drift heatmap of a monitor as the model page draws it: a row per column, a cell per
 * window, each cell shaded by how far its score went towards drift, said in words on hover, and
 * a link to the page of that column in that window.
 *
 * @param windows the windows' headers, oldest first
 * @param rows the columns' rows
 */
public record HeatmapTable(List<Header> windows, List<Row> rows) implements Serializable {

    /** At most about this many window headers carry a label; the others only a title. */
    private static final int LABELS = 24;

    /** A window's header: its label (empty for most, to stay readable), its exact start. */
    public record Header(String label, String title, String start) implements Serializable {}

    public record Row(String column, List<Cell> cells) implements Serializable {}

    /**
     * One cell: its shade (a CSS class suffix), what it says, and where it leads.
     *
     * @param shade {@code none} (not tested), {@code error}, {@code calm} (under half the way to
     *     the threshold), {@code near} (under 80%), {@code close}, {@code drift}, {@code strong}
     *     (drift at twice the threshold's severity or more)
     */
    public record Cell(String shade, String label, String href, String start) implements Serializable {}

    /**
     * The table of a heatmap; {@code exact} writes an instant for people, {@code columnPage} is
     * the address of the page of one column in one window.
     */
    static HeatmapTable of(DriftHeatmap heatmap, Function<Instant, String> exact, String columnPage) {
        var windows = heatmap.windows();
        int every = Math.max(1, (windows.size() + LABELS - 1) / LABELS);
        var headers = new ArrayList<Header>();
        for (int i = 0; i < windows.size(); i++) {
            var window = windows.get(i);
            var start = window.start() == null ? "run " + window.runId() : exact.apply(window.start());
            var label = (windows.size() - 1 - i) % every == 0 ? shortLabel(start) : "";
            headers.add(new Header(
                    label, start, window.start() == null ? "" : window.start().toString()));
        }
        var rows = heatmap.rows().stream()
                .map(row -> new Row(
                        row.column(),
                        IntStream.range(0, windows.size())
                                .mapToObj(i -> cell(
                                        row.column(),
                                        windows.get(i),
                                        headers.get(i),
                                        row.cells().get(i),
                                        columnPage))
                                .toList()))
                .toList();
        return new HeatmapTable(List.copyOf(headers), rows);
    }

    static String shade(DriftHeatmap.Cell cell) {
        if (cell.error() != null) {
            return "error";
        }
        if (cell.method() == null || cell.severity() == null) {
            return "none";
        }
        double severity = cell.severity();
        if (cell.drift()) {
            return severity >= 2 ? "strong" : "drift";
        }
        return severity < 0.5 ? "calm" : severity < 0.8 ? "near" : "close";
    }

    private static Cell cell(
            String column, DriftHeatmap.Window window, Header header, DriftHeatmap.Cell cell, String columnPage) {
        var href =
                columnPage + "?run=" + window.runId() + "&column=" + URLEncoder.encode(column, StandardCharsets.UTF_8);
        return new Cell(shade(cell), column + ", " + header.title() + ": " + finding(cell), href, header.start());
    }

    private static String finding(DriftHeatmap.Cell cell) {
        if (cell.error() != null) {
            return "not tested (" + cell.error() + ")";
        }
        if (cell.method() == null) {
            return "not tested";
        }
        return cell.method() + " " + NumberText.of(cell.score()) + ", threshold " + NumberText.of(cell.threshold())
                + (cell.drift() ? ": drift" : ": no drift");
    }

    /** "2026-12-02 14:00:00 CET" as "12-02 14:00". */
    private static String shortLabel(String exact) {
        return exact.length() >= 16 && Character.isDigit(exact.charAt(0)) ? exact.substring(5, 16) : exact;
    }
}
