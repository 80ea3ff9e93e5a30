package io.mdt.monitoring.boundary;

import io.mdt.engine.comparison.McNemar;
import java.io.Serializable;

/**
 * McNemar's test of the two versions' accuracy on the same predictions.
 *
 * @param b predictions the first version gets right and the second wrong
 * @param c predictions the second gets right and the first wrong
 * @param statistic {@code min(b, c)} when exact, else the continuity-corrected chi-square statistic
 * @param pValue the two-sided p-value
 * @param exact whether the p-value is the exact binomial one (fewer than 25 discordant predictions)
 */
public record McNemarSummary(int b, int c, double statistic, double pValue, boolean exact) implements Serializable {

    static McNemarSummary of(McNemar test) {
        return test == null
                ? null
                : new McNemarSummary(test.b(), test.c(), test.statistic(), test.pValue(), test.exact());
    }
}
