package io.mdt.engine.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * McNemar's test against SciPy ({@code binomtest} below 25 discordant rows, {@code chi2.sf} from 25
 * on), read from {@code mcnemar.csv}, written by {@code mcnemar.py} beside it.
 */
class McNemarTest {

    /** One line of the file. */
    record Case(int b, int c, boolean exact, double statistic, double pValue) {

        static Case parse(String line) {
            String[] f = line.split(",");
            return new Case(
                    Integer.parseInt(f[0]),
                    Integer.parseInt(f[1]),
                    f[2].equals("1"),
                    Double.parseDouble(f[3]),
                    Double.parseDouble(f[4]));
        }

        @Override
        public String toString() {
            return "b=" + b + " c=" + c;
        }
    }

    static Stream<Case> cases() throws IOException {
        try (var in = McNemarTest.class.getResourceAsStream("mcnemar.csv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader
                    .lines()
                    .filter(line -> !line.startsWith("#") && !line.startsWith("b,"))
                    .map(Case::parse)
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesScipy(Case c) {
        McNemar test = McNemar.of(firstCorrect(c.b(), c.c()), secondCorrect(c.b(), c.c()));

        assertThat(test.b()).isEqualTo(c.b());
        assertThat(test.c()).isEqualTo(c.c());
        assertThat(test.exact()).isEqualTo(c.exact());
        assertThat(test.statistic()).isCloseTo(c.statistic(), within(1e-12 * Math.max(1, c.statistic())));
        assertThat(test.pValue()).isCloseTo(c.pValue(), within(1e-12 + 1e-9 * c.pValue()));
        assertThat(test.significant()).isEqualTo(c.pValue() < 0.05);
    }

    @Test
    void noDiscordantRowsGiveOne() {
        McNemar test = McNemar.of(new boolean[] {true, false}, new boolean[] {true, false});

        assertThat(test.pValue()).isEqualTo(1.0);
        assertThat(test.significant()).isFalse();
    }

    @Test
    void isSymmetricInTheTwoClassifiers() {
        assertThat(McNemar.ofCounts(7, 40).pValue())
                .isEqualTo(McNemar.ofCounts(40, 7).pValue());
        assertThat(McNemar.ofCounts(3, 9).pValue())
                .isEqualTo(McNemar.ofCounts(9, 3).pValue());
    }

    @Test
    void rejectsUnpairedRows() {
        assertThatThrownBy(() -> McNemar.of(new boolean[2], new boolean[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 and 3 rows");
    }

    /**
     * b rows only the first gets right, then c only the second gets right, then rows both get right
     * and rows both get wrong, which the test must ignore.
     */
    private static boolean[] firstCorrect(int b, int c) {
        boolean[] correct = new boolean[b + c + 20];
        Arrays.fill(correct, 0, b, true);
        Arrays.fill(correct, b + c, b + c + 10, true);
        return correct;
    }

    private static boolean[] secondCorrect(int b, int c) {
        boolean[] correct = new boolean[b + c + 20];
        Arrays.fill(correct, b, b + c + 10, true);
        return correct;
    }
}
