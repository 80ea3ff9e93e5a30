package io.mdt.engine.drift;

import io.mdt.engine.data.CategoricalColumn;
import io.mdt.engine.data.Column;
import io.mdt.engine.data.NumericalColumn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One case of the shared SciPy reference vectors ({@code ../shared/drift-vectors/cases.json}),
 * located through the system property {@code mdt.drift.cases} that the build sets.
 */
record ReferenceCase(
        String id,
        boolean numerical,
        String method,
        String resolvedMethod,
        double threshold,
        List<Object> reference,
        List<Object> current,
        double score,
        Double statistic,
        boolean drift) {

    static List<ReferenceCase> load() throws IOException {
        String location = System.getProperty("mdt.drift.cases");
        if (location == null) {
            throw new IllegalStateException("system property mdt.drift.cases is not set (run the tests with Maven)");
        }
        Path path = Path.of(location);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(
                    "reference vectors not found at " + path.toAbsolutePath().normalize());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) MiniJson.parse(Files.readString(path));
        List<ReferenceCase> cases = new ArrayList<>();
        for (Object o : (List<?>) root.get("cases")) {
            cases.add(of((Map<?, ?>) o));
        }
        return cases;
    }

    @SuppressWarnings("unchecked")
    private static ReferenceCase of(Map<?, ?> c) {
        Map<?, ?> expected = (Map<?, ?>) c.get("expected");
        return new ReferenceCase(
                (String) c.get("id"),
                "numerical".equals(c.get("type")),
                (String) c.get("method"),
                (String) c.get("resolved_method"),
                (Double) c.get("threshold"),
                (List<Object>) c.get("reference"),
                (List<Object>) c.get("current"),
                (Double) expected.get("score"),
                (Double) expected.get("statistic"),
                (Boolean) expected.get("drift"));
    }

    Column referenceColumn() {
        return column(reference);
    }

    Column currentColumn() {
        return column(current);
    }

    private Column column(List<Object> values) {
        if (numerical) {
            double[] v = new double[values.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = values.get(i) == null ? Double.NaN : (Double) values.get(i);
            }
            return new NumericalColumn("x", v);
        }
        Map<String, Integer> dictionary = new LinkedHashMap<>();
        int[] codes = new int[values.size()];
        for (int i = 0; i < codes.length; i++) {
            Object value = values.get(i);
            codes[i] = value == null ? -1 : dictionary.computeIfAbsent((String) value, k -> dictionary.size());
        }
        return new CategoricalColumn("x", codes, dictionary.keySet().toArray(String[]::new));
    }

    @Override
    public String toString() {
        return id;
    }
}
