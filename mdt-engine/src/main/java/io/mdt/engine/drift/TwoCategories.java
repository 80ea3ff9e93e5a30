package io.mdt.engine.drift;

/**
 * The 2 x 2 table behind the two-category tests: the first category in sorted order counts as 0,
 * the other as 1, as Evidently maps them.
 *
 * @param onesReference reference values in the second category
 * @param zerosReference reference values in the first category
 * @param onesCurrent current values in the second category
 * @param zerosCurrent current values in the first category
 */
record TwoCategories(long onesReference, long zerosReference, long onesCurrent, long zerosCurrent) {

    static TwoCategories of(CategoryCounts counts, String test) {
        if (counts.size() > 2) {
            throw new UndefinedTestException(test + " needs at most two categories, found " + counts.size());
        }
        if (counts.referenceTotal() == 0 || counts.currentTotal() == 0) {
            throw new UndefinedTestException("needs at least one non-missing value on each side");
        }
        long[] r = counts.reference();
        long[] c = counts.current();
        return counts.size() == 1 ? new TwoCategories(0, r[0], 0, c[0]) : new TwoCategories(r[1], r[0], c[1], c[0]);
    }

    boolean sameSingleCategory() {
        return (onesReference == 0 && onesCurrent == 0) || (zerosReference == 0 && zerosCurrent == 0);
    }
}
