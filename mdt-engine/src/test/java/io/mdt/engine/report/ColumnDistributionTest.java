package io.mdt.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ColumnDistributionTest {

    @Test
    void binsAreLabelledWithTheirRangeAndSharedOutOfEachSample() {
        var binned = new ColumnDistribution.Binned(new double[] {0, 0.5, 1}, new long[] {3, 1}, new long[] {1, 1});

        var bars = binned.bars(value -> String.format(Locale.ROOT, "%.1f", value));

        assertThat(bars)
                .containsExactly(
                        new ColumnDistribution.Bar("0.0 to 0.5", 3, 0.75, 1, 0.5),
                        new ColumnDistribution.Bar("0.5 to 1.0", 1, 0.25, 1, 0.5));
    }

    @Test
    void theCategoriesNotShownMakeOneBarAfterTheOthers() {
        var categories =
                new ColumnDistribution.Categories(List.of("a", "b"), new long[] {2, 1}, new long[] {0, 0}, 1, 0);

        var bars = categories.bars(String::valueOf);

        assertThat(bars)
                .extracting(ColumnDistribution.Bar::label)
                .containsExactly("a", "b", ColumnDistribution.OTHER_CATEGORIES);
        assertThat(bars.get(2).referenceShare()).isEqualTo(0.25);
        assertThat(bars).allSatisfy(bar -> assertThat(bar.currentShare()).isZero());
    }

    @Test
    void withoutOtherValuesThereIsNoOtherBar() {
        var categories = new ColumnDistribution.Categories(List.of("a"), new long[] {2}, new long[] {5}, 0, 0);

        assertThat(categories.bars(String::valueOf)).containsExactly(new ColumnDistribution.Bar("a", 2, 1.0, 5, 1.0));
    }
}
