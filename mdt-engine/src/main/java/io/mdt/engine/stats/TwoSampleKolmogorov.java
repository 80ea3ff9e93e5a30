package io.mdt.engine.stats;

/**
 * Exact null distribution of the two-sided two-sample Kolmogorov-Smirnov statistic, as SciPy's
 * {@code ks_2samp(method="exact")} computes it: the share of monotone lattice paths from (0, 0) to
 * (m, n) that leave the band |x/m - y/n| &lt; h/lcm(m, n) (Hodges 1958).
 */
public final class TwoSampleKolmogorov {

    private TwoSampleKolmogorov() {}

    /**
     * P(D &gt;= h / lcm(m, n)), or NaN when the recursion under- or overflows (SciPy then falls back
     * to the asymptotic law).
     */
    public static double exactSurvival(int m, int n, long h) {
        if (h == 0) {
            return 1.0;
        }
        double p = m == n ? outsideSquare(m, h) : outsideBand(m, n, h);
        return p >= 0 && p <= 1 ? p : Double.NaN;
    }

    /**
     * Equal sizes: P = 2 (A0 (1 - A1 (1 - A2 (...)))) with Ak the ratio of binomial coefficients
     * binom(2n, n - (k+1)h) / binom(2n, n - kh), evaluated Horner-like to avoid cancellation.
     */
    private static double outsideSquare(int n, long h) {
        double p = 0.0;
        for (long k = n / h; k >= 0; k--) {
            double p1 = 1.0;
            for (long j = 0; j < h; j++) {
                p1 = (n - k * h - j) * p1 / (n + k * h + j + 1);
            }
            p = p1 * (1.0 - p);
        }
        return 2 * p;
    }

    /**
     * Unequal sizes: q(x, y) = (x q(x-1, y) + y q(x, y-1)) / (x + y) is the share of paths to (x, y)
     * that have left the band, one outside it; one column of the band is kept at a time and the answer
     * is q(m, n). Working with the outside share directly keeps small p-values accurate.
     */
    private static double outsideBand(int m0, int n0, long h) {
        int m = Math.max(m0, n0);
        int n = Math.min(m0, n0);
        long g = gcd(m, n);
        long mg = m / g;
        long ng = n / g;
        int lastMin = 0;
        int lastMax = (int) Math.min(ceilDiv(h, mg), n + 1L);
        double[] a = new double[n + 1];
        java.util.Arrays.fill(a, lastMax, n + 1, 1.0);
        for (int i = 1; i <= m; i++) {
            int minj = (int) Math.min(Math.max(Math.floorDiv(ng * i - h, mg) + 1, 0), n);
            int maxj = (int) Math.min(ceilDiv(ng * i + h, mg), n + 1L);
            if (maxj <= minj) {
                return 1.0;
            }
            double val = minj == 0 ? 0.0 : 1.0;
            for (int j = minj; j < maxj; j++) {
                double previous = j < lastMax ? a[j - lastMin] : 1.0;
                val = (previous * i + val * j) / (i + j);
                a[j - minj] = val;
            }
            lastMin = minj;
            lastMax = maxj;
        }
        return lastMax == n + 1 ? a[n - lastMin] : 1.0;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    /** Greatest common divisor, needed for lcm(m, n) = m n / gcd. */
    public static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
