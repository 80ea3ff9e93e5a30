package io.mdt.engine.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReferenceChunksTest {

    @Test
    void splitGivesConsecutiveChunksOfNearlyEqualSize() {
        assertThat(ReferenceChunks.split(10, 3)).containsExactly(new Chunk(0, 4), new Chunk(4, 7), new Chunk(7, 10));
        assertThat(ReferenceChunks.split(3, 3))
                .hasSize(3)
                .allSatisfy(c -> assertThat(c.size()).isOne());
    }

    @Test
    void splitRejectsMoreChunksThanRows() {
        assertThatThrownBy(() -> ReferenceChunks.split(2, 3)).hasMessageContaining("between 1 and the number of rows");
        assertThatThrownBy(() -> ReferenceChunks.split(5, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bySizeAppendsTheRemainderToTheLastChunk() {
        assertThat(ReferenceChunks.bySize(10, 3)).containsExactly(new Chunk(0, 3), new Chunk(3, 6), new Chunk(6, 10));
        assertThat(ReferenceChunks.bySize(9, 3)).hasSize(3);
        assertThat(ReferenceChunks.bySize(2, 5)).containsExactly(new Chunk(0, 2));
    }

    @Test
    void restIsTheReferenceWithoutTheChunk() {
        var chunk = new Chunk(2, 4);

        assertThat(chunk.rows()).containsExactly(2, 3);
        assertThat(chunk.rest(6)).containsExactly(0, 1, 4, 5);
        assertThat(new Chunk(0, 6).rest(6)).isEmpty();
    }

    @Test
    void leaveOneOutMeasuresEachChunkAgainstTheOthers() {
        double[] values = {1, 1, 2, 2, 3, 3};
        double[] differences = Baselines.leaveOneOut(6, 3, (chunk, rest) -> mean(values, chunk) - mean(values, rest));

        assertThat(differences).containsExactly(1 - 2.5, 2 - 2.0, 3 - 1.5);
    }

    @Test
    void leaveOneOutTurnsNullIntoNaN() {
        assertThat(Baselines.leaveOneOut(4, 2, (chunk, rest) -> null)).containsOnly(Double.NaN);
    }

    /**
     * A drift-like score, the distance of a chunk's mean from the mean of what it is compared with,
     * on five chunks. Against the whole reference each chunk sits inside what it is compared with,
     * and its score shrinks by 4/5; left out, it is as far from the rest as a new window would be,
     * and the band is 5/4 as wide.
     */
    @Test
    void leaveOneOutGivesWiderBandsThanIncludingTheChunk() {
        double[] values = IntStream.range(0, 100)
                .mapToDouble(i -> (i / 20) * (i / 20 % 2 == 0 ? 1 : -1))
                .toArray();
        int[] all = IntStream.range(0, 100).toArray();

        double[] leftOut = Baselines.leaveOneOut(100, 5, (chunk, rest) -> mean(values, chunk) - mean(values, rest));
        double[] withSelf = Baselines.leaveOneOut(100, 5, (chunk, rest) -> mean(values, chunk) - mean(values, all));
        var wide = Baselines.bounds(ThresholdRule.standardDeviations(3), Baselines.of(0, leftOut), -9, 9);
        var narrow = Baselines.bounds(ThresholdRule.standardDeviations(3), Baselines.of(0, withSelf), -9, 9);

        assertThat(Baselines.of(0, leftOut).standardDeviation())
                .isCloseTo(1.25 * Baselines.of(0, withSelf).standardDeviation(), within(1e-12));
        assertThat(wide.upper() - wide.lower()).isGreaterThan(narrow.upper() - narrow.lower());
    }

    private static double mean(double[] values, int[] rows) {
        return Arrays.stream(rows).mapToDouble(i -> values[i]).average().orElse(Double.NaN);
    }
}
