package io.mdt.engine.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Isotonic regression against scikit-learn's {@code IsotonicRegression(out_of_bounds='clip')}: the
 * expected predictions are read from {@code isotonic.txt}, written by {@code isotonic.py} beside it.
 * They agree to 1e-12 (scikit-learn pools and interpolates in a different order of operations).
 */
class IsotonicRegressionTest {

    /** One case of the file: training data, query points and scikit-learn's predictions. */
    record Case(String name, double[] x, double[] y, double[] queries, double[] expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() throws IOException {
        List<String> lines;
        try (InputStream in = IsotonicRegressionTest.class.getResourceAsStream("isotonic.txt")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.startsWith("#"))
                    .toList();
        }
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += 5) {
            cases.add(new Case(
                    lines.get(i).substring("case ".length()),
                    numbers(lines.get(i + 1)),
                    numbers(lines.get(i + 2)),
                    numbers(lines.get(i + 3)),
                    numbers(lines.get(i + 4))));
        }
        return cases.stream();
    }

    private static double[] numbers(String line) {
        return Arrays.stream(line.split(" ")).mapToDouble(Double::parseDouble).toArray();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesScikitLearn(Case c) {
        IsotonicRegression model = IsotonicRegression.fit(c.x(), c.y());
        for (int i = 0; i < c.queries().length; i++) {
            assertThat(model.predict(c.queries()[i]))
                    .as("%s at %s", c.name(), c.queries()[i])
                    .isCloseTo(c.expected()[i], within(1e-12));
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void predictsAscendingInputsInOneWalkAsOneByOne(Case c) {
        IsotonicRegression model = IsotonicRegression.fit(c.x(), c.y());
        double[] queries = c.queries().clone();
        Arrays.sort(queries);
        double[] walked = new double[queries.length];
        model.predictAscending(queries, 0, queries.length, walked);
        for (int i = 0; i < queries.length; i++) {
            assertThat(walked[i]).isEqualTo(model.predict(queries[i]));
        }
    }

    @Test
    void fittedValuesNeverDecrease() {
        double[] x = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
        double[] y = {1, 0, 1, 0, 0, 1};
        IsotonicRegression model = IsotonicRegression.fit(x, y);
        double previous = Double.NEGATIVE_INFINITY;
        for (double q = 0; q <= 0.7; q += 0.01) {
            assertThat(model.predict(q)).isGreaterThanOrEqualTo(previous);
            previous = model.predict(q);
        }
    }

    /**
     * {@code predict} searches one grid cell; on clustered inputs (many fitted points per cell, many
     * empty cells) and at the training inputs themselves it must still agree with the walk.
     */
    @Test
    void gridSearchAgreesWithTheWalkOnClusteredInputs() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        int n = 20_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble();
            x[i] = i % 10 == 0 ? 1 - Math.pow(u, 6) * 1e-3 : Math.pow(u, 8);
            y[i] = random.nextDouble() < Math.sqrt(x[i]) ? 1 : 0;
        }
        IsotonicRegression model = IsotonicRegression.fit(x, y);
        double[] queries = new double[3 * n];
        for (int i = 0; i < n; i++) {
            queries[3 * i] = x[i];
            queries[3 * i + 1] = Math.nextUp(x[i]);
            queries[3 * i + 2] = random.nextDouble();
        }
        Arrays.sort(queries);
        double[] walked = new double[queries.length];
        model.predictAscending(queries, 0, queries.length, walked);
        for (int i = 0; i < queries.length; i++) {
            assertThat(model.predict(queries[i])).as("at %s", queries[i]).isEqualTo(walked[i]);
        }
    }
}
