package io.mdt.engine.cli;

import io.mdt.engine.report.ColumnDrift;
import io.mdt.engine.report.DriftReport;
import java.util.Locale;

/**
 * Writes a {@link DriftReport} as one self-contained HTML page (inline CSS and SVG, no script or
 * external resource): the dataset verdict, then per column its test, score and a chart of the
 * reference and current distributions.
 */
final class HtmlReport {

    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:2em;color:#222}"
            + "table{border-collapse:collapse}td,th{padding:4px 10px;border-bottom:1px solid #ddd;text-align:left}"
            + ".drift{color:#b00;font-weight:bold}.error{color:#a60}.ref{fill:#8a8f98}.cur{fill:#f08a24}"
            + "section{margin:1.5em 0;padding:1em;border:1px solid #e4e4e4;border-radius:6px}"
            + ".legend span{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px}";

    private HtmlReport() {}

    static String of(DriftReport report) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>MDT drift report</title><style>" + STYLE + "</style></head><body>");
        html.append("<h1>Drift report</h1><p>")
                .append(String.format(
                        Locale.ROOT,
                        "Drifted columns: <b>%d</b> of %d (share %.3f, rule %s). Dataset drift: ",
                        report.drifted(),
                        report.total(),
                        report.share(),
                        escape(report.rule())))
                .append(report.datasetDrift() ? "<span class=\"drift\">YES</span>" : "no")
                .append("</p><p class=\"legend\"><span class=\"ref\" style=\"background:#8a8f98\"></span>reference"
                        + "<span style=\"background:#f08a24\"></span>current</p>");
        report.columns().forEach(column -> html.append(section(column)));
        return html.append("</body></html>\n").toString();
    }

    private static String section(ColumnDrift c) {
        String verdict = c.failed()
                ? "<span class=\"error\">not evaluated: " + escape(c.error()) + "</span>"
                : c.drift() ? "<span class=\"drift\">drift</span>" : "no drift";
        return "<section><h2>" + escape(c.column()) + "</h2><table><tr><th>type</th><th>method</th><th>threshold</th>"
                + "<th>score</th><th>statistic</th><th>verdict</th></tr><tr><td>" + c.type() + "</td><td>"
                + escape(c.method() == null ? "-" : c.method()) + "</td><td>" + TextReport.format(c.threshold())
                + "</td><td>" + TextReport.format(c.score()) + "</td><td>" + TextReport.format(c.statistic())
                + "</td><td>" + verdict + "</td></tr></table>" + ColumnChart.svg(c.distribution()) + "</section>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
