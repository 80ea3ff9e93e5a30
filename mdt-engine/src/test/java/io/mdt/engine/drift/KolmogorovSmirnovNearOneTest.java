package io.mdt.engine.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mdt.engine.data.NumericalColumn;
import io.mdt.engine.report.ColumnDrift;
import io.mdt.engine.stats.Kolmogorov;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The two-sample KS p-value where it is close to 1, against SciPy's {@code ks_2samp} with {@code
 * method="auto"} and {@code method="asymp"}, for 100 to 1,000,000 values per side. The expected values
 * are read from {@code ks-near-one.csv}, written by {@code ks-near-one.py} beside it.
 */
class KolmogorovSmirnovNearOneTest {

    private static final DriftEngine ENGINE =
            new DriftEngine(DriftOptions.builder().method(DriftMethod.KS).build());

    /** One line of the file: the sample sizes and shift, and what SciPy made of them. */
    record Case(int n, int m, long offset, double statistic, double pAuto, double pAsymp) {

        static Case parse(String line) {
            String[] f = line.split(",");
            return new Case(
                    Integer.parseInt(f[0]),
                    Integer.parseInt(f[1]),
                    Long.parseLong(f[2]),
                    Double.parseDouble(f[3]),
                    Double.parseDouble(f[4]),
                    Double.parseDouble(f[5]));
        }

        double[] reference() {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = (double) i * m;
            }
            return x;
        }

        double[] current() {
            double[] y = new double[m];
            for (int j = 0; j < m; j++) {
                y[j] = (double) j * n + offset;
            }
            return y;
        }

        long effectiveSize() {
            double larger = Math.max(n, m);
            double smaller = Math.min(n, m);
            return Math.round(Math.rint(larger * smaller / (larger + smaller)));
        }

        @Override
        public String toString() {
            return "n=" + n + " m=" + m + " D=" + statistic;
        }
    }

    static Stream<Case> cases() throws IOException {
        try (var in = KolmogorovSmirnovNearOneTest.class.getResourceAsStream("ks-near-one.csv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader
                    .lines()
                    .filter(line -> !line.startsWith("#") && !line.startsWith("n,"))
                    .map(Case::parse)
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void testMatchesScipyAuto(Case c) {
        ColumnDrift drift =
                ENGINE.compare(new NumericalColumn("x", c.reference()), new NumericalColumn("x", c.current()));

        assertThat(drift.statistic()).isCloseTo(c.statistic(), within(1e-12));
        assertThat(drift.score()).isCloseTo(c.pAuto(), within(tolerance(c.pAuto())));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void asymptoticLawMatchesScipyAsymp(Case c) {
        assertThat(Kolmogorov.survival(c.effectiveSize(), c.statistic()))
                .isCloseTo(c.pAsymp(), within(tolerance(c.pAsymp())));
    }

    private static double tolerance(double expected) {
        return 1e-6 + 1e-4 * Math.abs(expected);
    }
}
