package io.mdt.engine.drift;

import io.mdt.engine.data.ColumnType;

/**
 * Evidently's automatic choice of test, from the column type, the number n of distinct values in
 * both samples together and the reference size (after dropping missing values):
 *
 * <ul>
 *   <li>reference of at most 1000 values: {@code ks} for numbers with n &gt; 5; otherwise {@code
 *       chisquare} when n &gt; 2, else {@code z};
 *   <li>larger reference: {@code wasserstein} for numbers with n &gt; 5; otherwise {@code
 *       jensenshannon}.
 * </ul>
 *
 * Hypothesis tests are too sensitive on large samples, hence distances there.
 */
final class AutoMethod {

    private static final int SMALL_REFERENCE = 1000;
    private static final int FEW_VALUES = 5;

    private AutoMethod() {}

    static DriftMethod choose(ColumnType type, long referenceSize, int distinct) {
        boolean continuous = type == ColumnType.NUMERICAL && distinct > FEW_VALUES;
        if (referenceSize <= SMALL_REFERENCE) {
            if (continuous) {
                return DriftMethod.KS;
            }
            return distinct > 2 ? DriftMethod.CHISQUARE : DriftMethod.Z;
        }
        return continuous ? DriftMethod.WASSERSTEIN : DriftMethod.JENSENSHANNON;
    }
}
