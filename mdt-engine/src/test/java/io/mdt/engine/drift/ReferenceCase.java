package io.mdt.engine.drift;

import io.mdt.engine.data.CategoricalColumn;
import io.mdt.engine.data.Column;
import io.mdt.engine.data.NumericalColumn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One case of the SciPy reference vectors in the tests' resources ({@code vectors/cases.json},
 * described by the README beside it).
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

    private static final String RESOURCE = "vectors/cases.json";

    static List<ReferenceCase> load() throws IOException {
        String text;
        try (InputStream in = ReferenceCase.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("reference vectors not found on the test classpath at " + RESOURCE);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) MiniJson.parse(text);
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
