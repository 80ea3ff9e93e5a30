package io.mdt.engine.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.engine.data.CategoricalColumn;
import io.mdt.engine.data.NumericalColumn;
import io.mdt.engine.report.ColumnDistribution;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DistributionsTest {

    private final DriftEngine engine = new DriftEngine(DriftOptions.EVIDENTLY);

    @Test
    void numbersFallOnSharedEqualWidthBinsOverBothSamples() {
        var reference = new NumericalColumn("x", new double[] {0, 1, 2, 3, Double.NaN});
        var current = new NumericalColumn("x", new double[] {10, 10, Double.POSITIVE_INFINITY, 5});

        var binned =
                (ColumnDistribution.Binned) engine.compare(reference, current).distribution();

        assertThat(binned.edges())
                .hasSize(Distributions.BINS + 1)
                .startsWith(0.0)
                .endsWith(10.0);
        assertThat(binned.edges()[1]).isEqualTo(0.5);
        assertThat(binned.reference()[0]).as("0 in the first bin").isEqualTo(1);
        assertThat(binned.reference()[2]).as("1 starts the third bin").isEqualTo(1);
        assertThat(binned.current()[Distributions.BINS - 1])
                .as("the maximum in the last bin")
                .isEqualTo(2);
        assertThat(binned.current()[Distributions.BINS / 2])
                .as("5 starts the middle bin")
                .isEqualTo(1);
        assertThat(Arrays.stream(binned.reference()).sum())
                .as("missing values left out")
                .isEqualTo(4);
        assertThat(Arrays.stream(binned.current()).sum())
                .as("infinite values left out")
                .isEqualTo(3);
    }

    @Test
    void everyFiniteValueIsCountedOnceWhateverItsRounding() {
        double[] values =
                IntStream.range(0, 10_000).mapToDouble(i -> i * 0.1 - 333.3).toArray();
        double[] edges = BinEdges.equalWidth(values[0], values[values.length - 1], Distributions.BINS);

        long[] expected = new long[Distributions.BINS];
        for (double value : values) {
            int bin = Arrays.binarySearch(edges, value);
            expected[Math.min(bin >= 0 ? bin : -bin - 2, Distributions.BINS - 1)]++;
        }

        assertThat(Distributions.count(values, edges)).containsExactly(expected);
    }

    @Test
    void aConstantColumnHasOneBin() {
        var binned = (ColumnDistribution.Binned) engine.compare(
                        new NumericalColumn("x", new double[] {4, 4}), new NumericalColumn("x", new double[] {4}))
                .distribution();

        assertThat(binned.edges()).containsExactly(3.5, 4.5);
        assertThat(binned.reference()).containsExactly(2);
        assertThat(binned.current()).containsExactly(1);
    }

    @Test
    void categoriesAreShownMostFrequentFirstAndTheRestAddedUp() {
        String[] labels = IntStream.range(0, 30).mapToObj(i -> "c" + i).toArray(String[]::new);
        long[] reference = IntStream.range(0, 30).mapToLong(i -> 30 - i).toArray();
        long[] current = new long[30];
        current[29] = 1000;

        var categories = Distributions.categories(new CategoryCounts(labels, reference, current));

        assertThat(categories.categories()).hasSize(Distributions.CATEGORIES).startsWith("c29", "c0", "c1");
        assertThat(categories.reference()[0]).isEqualTo(1);
        assertThat(categories.current()[0]).isEqualTo(1000);
        long shown = Arrays.stream(categories.reference()).sum();
        assertThat(shown + categories.otherReference())
                .isEqualTo(Arrays.stream(reference).sum());
        assertThat(categories.otherCurrent()).isZero();
    }

    @Test
    void aCategoricalComparisonCarriesItsCategories() {
        var reference = new CategoricalColumn("colour", new int[] {0, 0, 1}, new String[] {"red", "blue"});
        var current = new CategoricalColumn("colour", new int[] {0, 0}, new String[] {"blue"});

        var categories = (ColumnDistribution.Categories)
                engine.compare(reference, current).distribution();

        assertThat(categories.categories()).containsExactly("blue", "red");
        assertThat(categories.reference()).containsExactly(1, 2);
        assertThat(categories.current()).containsExactly(2, 0);
    }
}
