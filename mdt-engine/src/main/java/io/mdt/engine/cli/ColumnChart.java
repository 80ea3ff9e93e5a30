package io.mdt.engine.cli;

import io.mdt.engine.report.ColumnDistribution;
import java.util.List;
import java.util.Locale;

/**
 * An inline SVG bar chart of one column's distribution in the reference (grey) and the current
 * sample (orange), as shares so samples of different sizes compare, on the bins or categories
 * the engine counted the column on.
 */
final class ColumnChart {

    private static final int WIDTH = 480;
    private static final int HEIGHT = 140;
    private static final int LABELS = 16;

    private ColumnChart() {}

    static String svg(ColumnDistribution distribution) {
        var bars = distribution.bars(ColumnChart::number);
        List<String> axis = bars.stream().map(ColumnDistribution.Bar::label).toList();
        if (distribution instanceof ColumnDistribution.Binned binned && binned.edges().length > 0) {
            double[] edges = binned.edges();
            axis = List.of(number(edges[0]), number(edges[edges.length - 1]));
        }
        return draw(bars, axis);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }

    /** @param axis the labels drawn under the chart: every category, or the range ends of the bins */
    private static String draw(List<ColumnDistribution.Bar> bars, List<String> axis) {
        int k = bars.size();
        if (k == 0) {
            return "<p class=\"empty\">no values to chart</p>";
        }
        double top = 0;
        for (var bar : bars) {
            top = Math.max(top, Math.max(bar.referenceShare(), bar.currentShare()));
        }
        double slot = (double) WIDTH / k;
        int height = HEIGHT + LABELS;
        StringBuilder svg = new StringBuilder(String.format(
                Locale.ROOT, "<svg viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\">", WIDTH, height, WIDTH, height));
        for (int i = 0; i < k; i++) {
            var bar = bars.get(i);
            bar(svg, i * slot, slot / 2, bar.referenceShare(), top, "ref", bar.label());
            bar(svg, i * slot + slot / 2, slot / 2, bar.currentShare(), top, "cur", bar.label());
        }
        axis(svg, axis, axis.size() == k ? slot : WIDTH);
        return svg.append("</svg>").toString();
    }

    /** Category names under their bars, or the range ends of the bins under the first and last. */
    private static void axis(StringBuilder svg, List<String> labels, double slot) {
        boolean ends = slot == WIDTH;
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i).length() > 12 ? labels.get(i).substring(0, 11) + "\u2026" : labels.get(i);
            boolean last = ends && i == labels.size() - 1;
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"%s\">%s</text>",
                    last ? WIDTH : ends ? 0 : i * slot + slot / 2,
                    HEIGHT + LABELS - 4,
                    last ? "end" : ends ? "start" : "middle",
                    HtmlReport.escape(label)));
        }
    }

    private static void bar(StringBuilder svg, double x, double w, double share, double top, String css, String label) {
        double h = top == 0 ? 0 : share / top * (HEIGHT - 4);
        svg.append(String.format(
                Locale.ROOT,
                "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%s: %s %.2f%%</title></rect>",
                css,
                x,
                HEIGHT - h,
                Math.max(w - 1, 0.5),
                h,
                HtmlReport.escape(label),
                css.equals("ref") ? "reference" : "current",
                100 * share));
    }
}
