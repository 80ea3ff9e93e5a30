package io.mdt.engine.cli;

import io.mdt.engine.performance.Estimate;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Writes the estimates of {@code estimate} as JSON: per chunk its row range and each metric's value and band. */
final class EstimateJson {

    private EstimateJson() {}

    static String report(List<String> chunks) {
        StringJoiner all = new StringJoiner(",\n  ", "[\n  ", "\n ]");
        chunks.forEach(all::add);
        return "{\"chunks\": " + (chunks.isEmpty() ? "[]" : all.toString()) + "}\n";
    }

    static String chunk(int start, int end, Map<String, Estimate> metrics) {
        StringJoiner named = new StringJoiner(", ", "{", "}");
        metrics.forEach((name, e) -> named.add(JsonReport.string(name)
                + ": {\"value\": " + JsonReport.number(e.value())
                + ", \"lower\": " + JsonReport.number(e.lower())
                + ", \"upper\": " + JsonReport.number(e.upper()) + "}"));
        return "{\"start\": " + start + ", \"end\": " + end + ", \"metrics\": " + named + "}";
    }
}
