package io.mdt.engine.cli;

import io.mdt.engine.data.CategoricalColumn;
import io.mdt.engine.data.Column;
import io.mdt.engine.data.NumericalColumn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An inline SVG bar chart of one column's distribution in the reference (grey) and the current
 * sample (orange), as shares so samples of different sizes compare: 30 equal-width bins over the
 * pooled range for numbers, the 15 most frequent categories for categories.
 */
final class ColumnChart {

    private static final int BINS = 30;
    private static final int TOP = 15;
    private static final int WIDTH = 480;
    private static final int HEIGHT = 140;
    private static final int LABELS = 16;

    private ColumnChart() {}

    static String svg(Column reference, Column current) {
        Bars bars = reference instanceof NumericalColumn r && current instanceof NumericalColumn c
                ? numerical(r.values(), c.values())
                : reference instanceof CategoricalColumn r && current instanceof CategoricalColumn c
                        ? categorical(r, c)
                        : new Bars(List.of(), new double[0], new double[0], List.of());
        return draw(bars);
    }

    /**
     * @param labels one label per bar pair (a category, or a bin's range)
     * @param axis the labels drawn under the chart: every category, or the range ends of the bins
     */
    private record Bars(List<String> labels, double[] reference, double[] current, List<String> axis) {}

    private static Bars numerical(double[] ref, double[] cur) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] side : new double[][] {ref, cur}) {
            for (double v : side) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (min > max) {
            return new Bars(List.of(), new double[0], new double[0], List.of());
        }
        double width = max > min ? (max - min) / BINS : 1;
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < BINS; i++) {
            labels.add(String.format(Locale.ROOT, "%.4g to %.4g", min + i * width, min + (i + 1) * width));
        }
        List<String> axis = List.of(
                String.format(Locale.ROOT, "%.4g", min), String.format(Locale.ROOT, "%.4g", min + BINS * width));
        return new Bars(labels, histogram(ref, min, width), histogram(cur, min, width), axis);
    }

    private static double[] histogram(double[] values, double min, double width) {
        double[] shares = new double[BINS];
        long n = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                shares[Math.min(BINS - 1, (int) ((v - min) / width))]++;
                n++;
            }
        }
        for (int i = 0; i < BINS; i++) {
            shares[i] = n == 0 ? 0 : shares[i] / n;
        }
        return shares;
    }

    private static Bars categorical(CategoricalColumn ref, CategoricalColumn cur) {
        Map<String, double[]> counts = new HashMap<>();
        double[] totals = new double[2];
        int side = 0;
        for (CategoricalColumn column : List.of(ref, cur)) {
            long[] f = column.frequencies();
            for (int code = 0; code < column.dictionary().length; code++) {
                counts.computeIfAbsent(column.dictionary()[code], k -> new double[2])[side] += f[code];
                totals[side] += f[code];
            }
            side++;
        }
        List<String> labels = new ArrayList<>(counts.keySet());
        labels.sort(Comparator.comparingDouble((String k) -> -(counts.get(k)[0] + counts.get(k)[1]))
                .thenComparing(Comparator.naturalOrder()));
        labels = labels.subList(0, Math.min(TOP, labels.size()));
        double[] r = new double[labels.size()];
        double[] c = new double[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            r[i] = totals[0] == 0 ? 0 : counts.get(labels.get(i))[0] / totals[0];
            c[i] = totals[1] == 0 ? 0 : counts.get(labels.get(i))[1] / totals[1];
        }
        return new Bars(labels, r, c, labels);
    }

    private static String draw(Bars bars) {
        int k = bars.labels().size();
        if (k == 0) {
            return "<p class=\"empty\">no values to chart</p>";
        }
        double top = 0;
        for (int i = 0; i < k; i++) {
            top = Math.max(top, Math.max(bars.reference()[i], bars.current()[i]));
        }
        double slot = (double) WIDTH / k;
        int height = HEIGHT + LABELS;
        StringBuilder svg = new StringBuilder(String.format(
                Locale.ROOT, "<svg viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\">", WIDTH, height, WIDTH, height));
        for (int i = 0; i < k; i++) {
            String label = bars.labels().get(i);
            bar(svg, i * slot, slot / 2, bars.reference()[i], top, "ref", label);
            bar(svg, i * slot + slot / 2, slot / 2, bars.current()[i], top, "cur", label);
        }
        axis(svg, bars.axis(), bars.axis().size() == k ? slot : WIDTH);
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
