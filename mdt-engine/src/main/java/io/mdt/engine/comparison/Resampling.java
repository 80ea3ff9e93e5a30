package io.mdt.engine.comparison;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/** Drawing bootstrap resamples of row indices, shared by the paired and the independent bootstrap. */
final class Resampling {

    static final int DEFAULT_RESAMPLES = 1_000;
    static final int MAX_RESAMPLES = 10_000;
    static final int MAX_ROWS_PER_RESAMPLE = 100_000;
    static final long DEFAULT_SEED = 20_240_601L;

    private Resampling() {}

    static void check(int rows, int resamples) {
        if (rows < 1) {
            throw new IllegalArgumentException("A bootstrap needs at least one row, got " + rows + ".");
        }
        if (resamples < 1 || resamples > MAX_RESAMPLES) {
            throw new IllegalArgumentException(
                    "The number of resamples must be between 1 and " + MAX_RESAMPLES + ", was " + resamples + ".");
        }
    }

    static int[] allRows(int rows) {
        return IntStream.range(0, rows).toArray();
    }

    /** An index array of the size a resample of {@code rows} rows has: all of them up to the cap. */
    static int[] resampleBuffer(int rows) {
        return new int[Math.min(rows, MAX_ROWS_PER_RESAMPLE)];
    }

    /** Fills {@code indices} with rows drawn uniformly with replacement from {@code [0, rows)}. */
    static int[] draw(int[] indices, int rows, SplittableRandom random) {
        for (int i = 0; i < indices.length; i++) {
            indices[i] = random.nextInt(rows);
        }
        return indices;
    }
}
