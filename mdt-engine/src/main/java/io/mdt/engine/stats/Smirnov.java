package io.mdt.engine.stats;

/**
 * Exact upper tail of the one-sided Kolmogorov-Smirnov statistic D+_n, SciPy's {@code
 * special.smirnov(n, x)}, by the Birnbaum-Tingey (1951) sum
 *
 * <pre>P(D+_n &gt;= x) = x sum_{j=0}^{floor(n(1-x))} binom(n, j) (1 - x - j/n)^(n-j) (x + j/n)^(j-1)</pre>
 *
 * <p>All terms are positive, so they are added in log space without cancellation; the sum stops once
 * the terms, past their peak, fall below 1e-17 of the largest.
 */
public final class Smirnov {

    private Smirnov() {}

    /** P(D+_n &gt;= x). */
    public static double survival(long n, double x) {
        if (x <= 0) {
            return 1.0;
        }
        if (x >= 1) {
            return 0.0;
        }
        long last = (long) Math.floor(n * (1 - x));
        double logBinom = 0.0;
        double maxLog = Double.NEGATIVE_INFINITY;
        double sum = 0.0;
        for (long j = 0; j <= last; j++) {
            if (j > 0) {
                logBinom += Math.log(n - j + 1) - Math.log(j);
            }
            double rest = 1 - x - (double) j / n;
            if (rest <= 0) {
                break;
            }
            double term = logBinom + (n - j) * Math.log(rest) + (j - 1) * Math.log(x + (double) j / n);
            if (term > maxLog) {
                sum = sum * Math.exp(maxLog - term) + 1.0;
                maxLog = term;
            } else {
                sum += Math.exp(term - maxLog);
                if (term < maxLog - 40) {
                    break;
                }
            }
        }
        return x * sum * Math.exp(maxLog);
    }
}
