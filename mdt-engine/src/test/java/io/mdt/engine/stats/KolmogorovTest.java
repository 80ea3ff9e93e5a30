package io.mdt.engine.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden values from SciPy 1.17 ({@code kstwo.sf}, {@code special.smirnov}). */
class KolmogorovTest {

    @ParameterizedTest
    @CsvSource({
        "500000, 0.001, 0.698980144366366",
        "500000, 0.0025, 0.0038544560212235442",
        "10000, 0.01, 0.2682191277029192",
        "10000, 0.02, 0.0006616848639387309",
        "200, 0.05, 0.6802625495871704",
        "200, 0.15, 0.0002154191244887308",
        "5000, 0.03, 0.00024159234422666817"
    })
    void survivalMatchesScipy(long n, double d, double expected) {
        assertThat(Kolmogorov.survival(n, d)).isCloseTo(expected, withinPercentage(0.01));
    }

    @ParameterizedTest
    @CsvSource({
        "1000, 0.05, 0.006506037390545166",
        "500000, 0.003, 0.00012316150619593377",
        "100, 0.2, 0.0002775963664037337"
    })
    void oneSidedTailMatchesScipy(long n, double d, double expected) {
        assertThat(Smirnov.survival(n, d)).isCloseTo(expected, withinPercentage(0.01));
    }

    @ParameterizedTest
    @CsvSource({"0, 1.0", "1, 0.0"})
    void survivalAtTheEndsOfTheSupport(double d, double expected) {
        assertThat(Kolmogorov.survival(1000, d)).isEqualTo(expected);
    }
}
