package io.mdt.engine.cli;

import io.mdt.engine.report.ColumnDistribution;
import java.util.ArrayList;
import java.util.Arrays;
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
        if (distribution instanceof ColumnDistribution.Binned binned) {
            return draw(binned(binned));
        }
        if (distribution instanceof ColumnDistribution.Categories categories) {
            return draw(categorical(categories));
        }
        return draw(new Bars(List.of(), new double[0], new double[0], List.of()));
    }

    /**
     * @param labels one label per bar pair (a category, or a bin's range)
     * @param axis the labels drawn under the chart: every category, or the range ends of the bins
     */
    private record Bars(List<String> labels, double[] reference, double[] current, List<String> axis) {}

    private static Bars binned(ColumnDistribution.Binned binned) {
        double[] edges = binned.edges();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i + 1 < edges.length; i++) {
            labels.add(String.format(Locale.ROOT, "%.4g to %.4g", edges[i], edges[i + 1]));
        }
        List<String> axis = List.of(
                String.format(Locale.ROOT, "%.4g", edges[0]),
                String.format(Locale.ROOT, "%.4g", edges[edges.length - 1]));
        return new Bars(labels, shares(binned.reference()), shares(binned.current()), axis);
    }

    private static Bars categorical(ColumnDistribution.Categories categories) {
        List<String> labels = new ArrayList<>(categories.categories());
        long[] reference = categories.reference();
        long[] current = categories.current();
        long otherReference = categories.otherReference();
        long otherCurrent = categories.otherCurrent();
        if (otherReference + otherCurrent > 0) {
            labels.add("other");
            reference = append(reference, otherReference);
            current = append(current, otherCurrent);
        }
        return new Bars(labels, shares(reference), shares(current), labels);
    }

    private static long[] append(long[] counts, long last) {
        long[] longer = Arrays.copyOf(counts, counts.length + 1);
        longer[counts.length] = last;
        return longer;
    }

    private static double[] shares(long[] counts) {
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        double[] shares = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            shares[i] = total == 0 ? 0 : (double) counts[i] / total;
        }
        return shares;
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
