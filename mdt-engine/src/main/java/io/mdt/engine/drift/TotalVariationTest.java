package io.mdt.engine.drift;

import java.util.SplittableRandom;

/**
 * Total variation distance TVD = 1/2 sum |p_i - q_i| with a permutation p-value (Evidently's {@code
 * TVD}): the share of random relabellings of the pooled sample whose TVD is at least the observed
 * one. The permutations come from {@link DriftOptions#seed()}, so a report is reproducible.
 */
final class TotalVariationTest implements CategoricalTest {

    @Override
    public TestOutcome test(CategoryCounts counts, DriftOptions options) {
        long nRef = counts.referenceTotal();
        long nCur = counts.currentTotal();
        if (nRef == 0 || nCur == 0) {
            throw new UndefinedTestException("needs at least one non-missing value on each side");
        }
        double observed = distance(counts.reference(), counts.current(), nRef, nCur);
        int[] pooled = pool(counts);
        SplittableRandom random = new SplittableRandom(options.seed());
        int atLeast = 0;
        int k = counts.size();
        for (int iteration = 0; iteration < options.permutations(); iteration++) {
            Permutations.shuffle(pooled, (int) nRef, random);
            long[] ref = new long[k];
            long[] cur = new long[k];
            for (int i = 0; i < pooled.length; i++) {
                (i < nRef ? ref : cur)[pooled[i]]++;
            }
            if (distance(ref, cur, nRef, nCur) >= observed) {
                atLeast++;
            }
        }
        return new TestOutcome((double) atLeast / options.permutations(), observed);
    }

    private static double distance(long[] ref, long[] cur, double nRef, double nCur) {
        double sum = 0;
        for (int i = 0; i < ref.length; i++) {
            sum += Math.abs(ref[i] / nRef - cur[i] / nCur);
        }
        return sum / 2;
    }

    private static int[] pool(CategoryCounts counts) {
        int[] pooled = new int[Math.toIntExact(counts.referenceTotal() + counts.currentTotal())];
        int k = 0;
        for (int c = 0; c < counts.size(); c++) {
            for (long i = 0; i < counts.reference()[c] + counts.current()[c]; i++) {
                pooled[k++] = c;
            }
        }
        return pooled;
    }
}
