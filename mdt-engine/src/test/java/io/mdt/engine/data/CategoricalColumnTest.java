package io.mdt.engine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CategoricalColumnTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 63, 64, 255, 256, 65_535, 65_536, 70_000})
    void keepsCodesAndCountsAtEveryWidth(int categories) {
        int[] codes = IntStream.range(0, categories + 7)
                .map(i -> i % 7 == 3 ? -1 : i % categories)
                .toArray();
        CategoricalColumn column = new CategoricalColumn("x", codes, labels(categories));

        assertThat(column.codes()).containsExactly(codes);
        assertThat(column.rows()).isEqualTo(codes.length);
        assertThat(column.frequencies()).containsExactly(naiveFrequencies(codes, categories));
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 63, 64, 255, 256, 65_535, 65_536})
    void theBuilderWidensAsTheDictionaryGrows(int categories) {
        CategoricalColumn.Builder builder = CategoricalColumn.builder("x");
        builder.add(null).add("0");
        for (int i = 0; i < categories; i++) {
            builder.add(Integer.toString(i));
        }
        builder.add(null).add(Integer.toString(categories - 1));
        CategoricalColumn column = builder.build();

        int[] expected = new int[categories + 4];
        expected[0] = -1;
        for (int i = 0; i < categories; i++) {
            expected[i + 2] = i;
        }
        expected[categories + 2] = -1;
        expected[categories + 3] = categories - 1;
        assertThat(column.codes()).containsExactly(expected);
        assertThat(column.dictionary()).hasSize(categories).startsWith("0", "1", "2");
        assertThat(column.frequencies()[categories]).isEqualTo(2);
    }

    @Test
    void rejectsCodesOutsideTheDictionary() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CategoricalColumn("x", new int[] {0, 2}, labels(2)));
        assertThatIllegalArgumentException().isThrownBy(() -> new CategoricalColumn("x", new int[] {-2}, labels(2)));
    }

    @Test
    void anEmptyColumnHasOnlyAMissingSlot() {
        assertThat(CategoricalColumn.builder("x").build().frequencies()).containsExactly(0);
    }

    private static String[] labels(int categories) {
        return IntStream.range(0, categories).mapToObj(Integer::toString).toArray(String[]::new);
    }

    private static long[] naiveFrequencies(int[] codes, int categories) {
        long[] frequencies = new long[categories + 1];
        for (int code : codes) {
            frequencies[code < 0 ? categories : code]++;
        }
        return frequencies;
    }
}
