package io.mdt.engine.drift;

/**
 * The two sides of a numerical column as the tests see them: the raw arrays with a one-pass
 * summary, and the sorted finite values, computed on first use and then shared. Tests that can work
 * without sorting (the Wasserstein distance on large samples) never trigger the sort.
 */
final class NumericalPair {

    private final double[] referenceRaw;
    private final double[] currentRaw;
    private final RawSummary referenceSummary;
    private final RawSummary currentSummary;
    private SortedSample reference;
    private SortedSample current;

    NumericalPair(double[] referenceRaw, double[] currentRaw) {
        this.referenceRaw = referenceRaw;
        this.currentRaw = currentRaw;
        this.referenceSummary = RawSummary.of(referenceRaw);
        this.currentSummary = RawSummary.of(currentRaw);
    }

    SortedSample reference() {
        if (reference == null) {
            reference = sorted(referenceRaw, referenceSummary);
        }
        return reference;
    }

    SortedSample current() {
        if (current == null) {
            current = sorted(currentRaw, currentSummary);
        }
        return current;
    }

    boolean sorted() {
        return reference != null && current != null;
    }

    private static SortedSample sorted(double[] raw, RawSummary summary) {
        return new SortedSample(NumericSort.sortedFinite(raw, summary.finite()), summary.missing(), summary.infinite());
    }

    double[] referenceRaw() {
        return referenceRaw;
    }

    double[] currentRaw() {
        return currentRaw;
    }

    RawSummary referenceSummary() {
        return referenceSummary;
    }

    RawSummary currentSummary() {
        return currentSummary;
    }
}
