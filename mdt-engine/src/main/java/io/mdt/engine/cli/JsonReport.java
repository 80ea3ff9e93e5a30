package io.mdt.engine.cli;

import io.mdt.engine.quality.ColumnQuality;
import io.mdt.engine.report.ColumnDrift;
import io.mdt.engine.report.DriftReport;
import io.mdt.engine.report.SampleCounts;
import java.util.StringJoiner;

/** Writes a {@link DriftReport} as JSON, with snake_case names; an undefined number is null. */
final class JsonReport {

    private JsonReport() {}

    static String of(DriftReport report) {
        StringJoiner columns = new StringJoiner(",\n  ", "[\n  ", "\n ]");
        report.columns().forEach(c -> columns.add(column(c)));
        return "{\"columns\": " + (report.columns().isEmpty() ? "[]" : columns.toString())
                + ",\n \"drifted\": " + report.drifted()
                + ", \"total\": " + report.total()
                + ", \"failed\": " + report.failed()
                + ", \"share\": " + number(report.share())
                + ", \"dataset_drift\": " + report.datasetDrift()
                + ", \"rule\": " + string(report.rule()) + "}\n";
    }

    private static String column(ColumnDrift c) {
        return "{\"column\": " + string(c.column())
                + ", \"type\": " + string(c.type())
                + ", \"method\": " + string(c.method())
                + ", \"threshold\": " + number(c.threshold())
                + ", \"score\": " + number(c.score())
                + ", \"statistic\": " + number(c.statistic())
                + ", \"drift\": " + c.drift()
                + ", \"reference\": " + counts(c.reference())
                + ", \"current\": " + counts(c.current())
                + ", \"quality\": " + quality(c.quality())
                + ", \"error\": " + string(c.error()) + "}";
    }

    private static String counts(SampleCounts s) {
        if (s == null) {
            return "null";
        }
        return "{\"count\": " + s.count() + ", \"missing\": " + s.missing() + ", \"non_finite\": " + s.nonFinite()
                + ", \"invalid\": " + s.invalid() + "}";
    }

    private static String quality(ColumnQuality q) {
        if (q == null) {
            return "null";
        }
        return "{\"reference_missing_share\": " + number(q.referenceMissingShare())
                + ", \"current_missing_share\": " + number(q.currentMissingShare())
                + ", \"out_of_range_share\": " + number(q.outOfRangeShare())
                + ", \"unseen_categories\": " + q.unseenCategories()
                + ", \"unseen_share\": " + number(q.unseenShare())
                + ", \"constant_reference\": " + q.constantReference()
                + ", \"constant_current\": " + q.constantCurrent()
                + ", \"reference_invalid\": " + q.referenceInvalid()
                + ", \"current_invalid\": " + q.currentInvalid() + "}";
    }

    static String number(Double value) {
        return value == null || !Double.isFinite(value) ? "null" : Double.toString(value);
    }

    static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : value.toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
