package io.mdt.engine.stats;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.math3.util.CombinatoricsUtils;

/**
 * Null distribution of the two-sample Cramer-von Mises criterion, as in SciPy's {@code
 * cramervonmises_2samp}: exact for small samples (Xiao, Gordon and Yakovlev 2006, Algorithm 1), and
 * otherwise Anderson's (1962) normalisation T* = 1/6 + (T - E T) / sqrt(45 Var T) referred to the
 * limiting one-sample law (Csorgo and Faraway 1996, eq. 1.2).
 */
public final class CramerVonMises {

    private CramerVonMises() {}

    /**
     * Exact P(U' &gt;= U) for the rank statistic U = m sum (r_i - i)^2 + n sum (s_j - j)^2, by
     * counting the values of the path sum of (a v - b u)^2 over all lattice paths.
     */
    public static double exactSurvival(double u, int m, int n) {
        long lcm = m / TwoSampleKolmogorov.gcd(m, n) * n;
        long a = lcm / m;
        long b = lcm / n;
        double mn = (double) m * n;
        double zeta = Math.floor((double) lcm * lcm * (m + n) * (6 * u - mn * (4 * mn - 1)) / (6 * mn * mn));
        long count = 0;
        for (Map.Entry<Long, Long> e : pathSums(m, n, a, b).entrySet()) {
            if (e.getKey() >= zeta) {
                count += e.getValue();
            }
        }
        return count / (double) CombinatoricsUtils.binomialCoefficient(m + n, m);
    }

    private static Map<Long, Long> pathSums(int m, int n, long a, long b) {
        @SuppressWarnings("unchecked")
        Map<Long, Long>[] gs = new Map[m + 1];
        for (int v = 0; v <= m; v++) {
            gs[v] = new HashMap<>();
        }
        gs[0].put(0L, 1L);
        for (int u = 0; u <= n; u++) {
            @SuppressWarnings("unchecked")
            Map<Long, Long>[] next = new Map[m + 1];
            Map<Long, Long> tmp = new HashMap<>();
            for (int v = 0; v <= m; v++) {
                Map<Long, Long> merged = new HashMap<>(tmp);
                gs[v].forEach((key, f) -> merged.merge(key, f, Long::sum));
                long d = a * v - b * u;
                Map<Long, Long> shifted = new HashMap<>();
                merged.forEach((key, f) -> shifted.put(key + d * d, f));
                next[v] = shifted;
                tmp = shifted;
            }
            gs = next;
        }
        return gs[m];
    }

    /** Asymptotic P(T' &gt;= t) for sizes m, n (Anderson 1962, eqs. 11, 14 and 15). */
    public static double asymptoticSurvival(double t, int m, int n) {
        double bigN = (double) m + n;
        double k = (double) m * n;
        double et = (1 + 1 / bigN) / 6;
        double vt = (bigN + 1) * (4 * k * bigN - 3 * ((double) m * m + (double) n * n) - 2 * k);
        vt = vt / (45 * bigN * bigN * 4 * k);
        double tn = 1.0 / 6 + (t - et) / Math.sqrt(45 * vt);
        if (tn < 0.003) {
            return 1.0;
        }
        return Math.max(1.0 - limitingCdf(tn), 0.0);
    }

    /**
     * Limiting cdf V(x) = sum_k Gamma(k + 1/2) / (Gamma(k + 1) pi^1.5 sqrt(x)) sqrt(4k + 1) e^(-q)
     * K_1/4(q), q = (4k + 1)^2 / (16 x), summed until a term is below 1e-7 as SciPy does.
     */
    static double limitingCdf(double x) {
        double total = 0;
        for (int k = 0; ; k++) {
            double u =
                    Math.exp(Gamma.logGamma(k + 0.5) - Gamma.logGamma(k + 1)) / (Math.pow(Math.PI, 1.5) * Math.sqrt(x));
            double y = 4 * k + 1;
            double q = y * y / (16 * x);
            double term = u * Math.sqrt(y) * Math.exp(-2 * q) * BesselK.scaled(0.25, q);
            total += term;
            if (Math.abs(term) < 1e-7) {
                return total;
            }
        }
    }
}
