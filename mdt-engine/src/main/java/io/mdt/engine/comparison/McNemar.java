package io.mdt.engine.comparison;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.special.Erf;

/**
 * McNemar's test of two classifiers on the same rows: whether they differ in accuracy. Only the
 * discordant rows count, {@code b} where the first is right and the second wrong and {@code c} the
 * other way round; under the null hypothesis each discordant row goes either way with probability
 * 1/2.
 *
 * <p>With fewer than {@value #EXACT_BELOW} discordant rows the p-value is the exact two-sided binomial
 * one, {@code min(1, 2 P(X <= min(b, c)))} for {@code X ~ Bin(b + c, 1/2)}, as statsmodels'
 * {@code mcnemar(exact=True)} and SciPy's {@code binomtest}; the statistic is then {@code min(b, c)}.
 * From {@value #EXACT_BELOW} on, it is the chi-square test with continuity correction, statistic
 * {@code max(|b - c| - 1, 0)^2 / (b + c)} on one degree of freedom. The {@code max} departs from
 * statsmodels, whose statistic is {@code 1 / (b + c)} when {@code b = c}: the correction is meant to
 * shrink the difference, not to invent one, and with it {@code b = c} gives p = 1 as the exact test
 * does.
 *
 * @param b rows the first classifier gets right and the second wrong
 * @param c rows the second gets right and the first wrong
 * @param exact whether the p-value is the exact binomial one
 * @param statistic {@code min(b, c)} when exact, else the chi-square statistic
 * @param pValue the two-sided p-value
 * @param significant whether {@code pValue < }{@value #ALPHA}
 */
public record McNemar(int b, int c, boolean exact, double statistic, double pValue, boolean significant) {

    public static final int EXACT_BELOW = 25;
    public static final double ALPHA = 0.05;

    /** The test on each row's correctness under the first and the second classifier. */
    public static McNemar of(boolean[] firstCorrect, boolean[] secondCorrect) {
        if (firstCorrect.length != secondCorrect.length) {
            throw new IllegalArgumentException("Paired correctness needs one value per row for both classifiers;"
                    + " got " + firstCorrect.length + " and " + secondCorrect.length + " rows.");
        }
        int b = 0;
        int c = 0;
        for (int i = 0; i < firstCorrect.length; i++) {
            if (firstCorrect[i] != secondCorrect[i]) {
                if (firstCorrect[i]) {
                    b++;
                } else {
                    c++;
                }
            }
        }
        return ofCounts(b, c);
    }

    /** The test on the counts of discordant rows. */
    public static McNemar ofCounts(int b, int c) {
        if (b < 0 || c < 0) {
            throw new IllegalArgumentException(
                    "Counts of discordant rows cannot be negative: b=" + b + ", c=" + c + ".");
        }
        int n = b + c;
        if (n < EXACT_BELOW) {
            int smaller = Math.min(b, c);
            double p =
                    n == 0 ? 1 : Math.min(1, 2 * new BinomialDistribution(null, n, 0.5).cumulativeProbability(smaller));
            return new McNemar(b, c, true, smaller, p, p < ALPHA);
        }
        double excess = Math.max(Math.abs(b - c) - 1, 0);
        double statistic = excess * excess / n;
        double p = Erf.erfc(Math.sqrt(statistic / 2));
        return new McNemar(b, c, false, statistic, p, p < ALPHA);
    }
}
