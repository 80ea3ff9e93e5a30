package io.mdt.engine.drift;

/**
 * Walks the distinct values of two sorted samples in ascending order, reporting how many times each
 * value occurs on each side. The rank-based tests (Cramer-von Mises, Anderson-Darling, Mann-Whitney)
 * are one pass of this merge, so ties are handled once, here, the way SciPy's mid-ranks handle them.
 */
final class TieGroups {

    /** Receives one distinct value and its multiplicity in the reference and the current sample. */
    @FunctionalInterface
    interface Visitor {
        void visit(double value, int inReference, int inCurrent);
    }

    private TieGroups() {}

    static void walk(SortedSample reference, SortedSample current, Visitor visitor) {
        double[] x = reference.values();
        double[] y = current.values();
        int i = 0;
        int j = 0;
        while (i < x.length || j < y.length) {
            double v = j >= y.length || (i < x.length && x[i] <= y[j]) ? x[i] : y[j];
            int i0 = i;
            int j0 = j;
            while (i < x.length && x[i] == v) {
                i++;
            }
            while (j < y.length && y[j] == v) {
                j++;
            }
            visitor.visit(v, i - i0, j - j0);
        }
    }
}
