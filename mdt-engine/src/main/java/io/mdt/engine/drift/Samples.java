package io.mdt.engine.drift;

/** Preconditions shared by the numerical tests, with messages a user can act on. */
final class Samples {

    private Samples() {}

    static void requireValues(SortedSample reference, SortedSample current, int minimum) {
        if (reference.size() < minimum || current.size() < minimum) {
            throw new UndefinedTestException("needs at least " + minimum + " non-missing value"
                    + (minimum == 1 ? "" : "s") + " on each side (reference " + reference.size() + ", current "
                    + current.size() + ")");
        }
    }

    static void requireTwoDistinct(SortedSample reference, SortedSample current) {
        boolean oneValue = reference.distinct(2) <= 1
                && current.distinct(2) <= 1
                && (current.isEmpty() || reference.isEmpty() || reference.min() == current.min());
        if (oneValue) {
            throw new UndefinedTestException("needs at least two distinct values over both samples");
        }
    }
}
