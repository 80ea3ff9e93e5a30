package io.mdt.engine.cli;

import io.mdt.engine.report.ColumnDrift;
import io.mdt.engine.report.DriftReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes a {@link DriftReport} as an aligned plain-text table for a terminal. */
final class TextReport {

    private static final String[] HEADER = {
        "column",
        "type",
        "method",
        "threshold",
        "score",
        "statistic",
        "drift",
        "ref n",
        "ref miss",
        "cur n",
        "cur miss",
        "note"
    };

    private TextReport() {}

    static String of(DriftReport report) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        report.columns().forEach(c -> rows.add(row(c)));
        int[] widths = new int[HEADER.length];
        rows.forEach(r -> {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        });
        StringBuilder sb = new StringBuilder();
        rows.forEach(r -> {
            for (int i = 0; i < r.length; i++) {
                sb.append(i == r.length - 1 ? r[i] : pad(r[i], widths[i] + 2));
            }
            sb.append(System.lineSeparator());
        });
        sb.append(String.format(
                Locale.ROOT,
                "%nDrifted columns: %d of %d (share %.3f, rule %s)%s%nDataset drift: %s%n",
                report.drifted(),
                report.total(),
                report.share(),
                report.rule(),
                report.failed() > 0 ? ", " + report.failed() + " not evaluated" : "",
                report.datasetDrift() ? "YES" : "no"));
        return sb.toString();
    }

    private static String[] row(ColumnDrift c) {
        return new String[] {
            c.column(),
            c.type(),
            c.method() == null ? "-" : c.method(),
            format(c.threshold()),
            format(c.score()),
            format(c.statistic()),
            c.failed() ? "error" : c.drift() ? "DRIFT" : "no",
            c.reference() == null ? "-" : Long.toString(c.reference().count()),
            c.reference() == null
                    ? "-"
                    : Long.toString(c.reference().rows() - c.reference().count()),
            c.current() == null ? "-" : Long.toString(c.current().count()),
            c.current() == null
                    ? "-"
                    : Long.toString(c.current().rows() - c.current().count()),
            note(c)
        };
    }

    private static String note(ColumnDrift c) {
        if (c.failed()) {
            return c.error();
        }
        List<String> notes = new ArrayList<>();
        if (c.quality().outOfRangeShare() != null && c.quality().outOfRangeShare() > 0) {
            notes.add(String.format(
                    Locale.ROOT,
                    "%.3g%% outside reference range",
                    100 * c.quality().outOfRangeShare()));
        }
        if (c.quality().unseenCategories() > 0) {
            notes.add(c.quality().unseenCategories() + " unseen categories");
        }
        if (c.quality().constantReference() || c.quality().constantCurrent()) {
            notes.add("constant " + (c.quality().constantReference() ? "reference" : "current"));
        }
        if (c.quality().referenceInvalid() + c.quality().currentInvalid() > 0) {
            notes.add((c.quality().referenceInvalid() + c.quality().currentInvalid()) + " values of the wrong type");
        }
        return String.join("; ", notes);
    }

    static String format(Double value) {
        if (value == null) {
            return "-";
        }
        double a = Math.abs(value);
        return a != 0 && (a < 1e-3 || a >= 1e6)
                ? String.format(Locale.ROOT, "%.3e", value)
                : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
