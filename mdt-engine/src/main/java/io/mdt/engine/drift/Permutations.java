package io.mdt.engine.drift;

import java.util.SplittableRandom;

/** Random relabelling for permutation tests. */
final class Permutations {

    private Permutations() {}

    /**
     * Partial Fisher-Yates shuffle: after the call the first {@code prefix} entries are a uniform
     * random subset of the array, which is all a two-sample relabelling needs.
     */
    static void shuffle(int[] values, int prefix, SplittableRandom random) {
        for (int i = 0; i < Math.min(prefix, values.length - 1); i++) {
            int j = i + random.nextInt(values.length - i);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
