package io.mdt.engine.stats;

import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;

/**
 * Survival function of the one-sample two-sided Kolmogorov statistic D_n, SciPy's {@code
 * kstwo.sf(x, n)}, which {@code ks_2samp} uses with n = round(n1 n2 / (n1 + n2)) for large samples.
 * Follows Simard and L'Ecuyer (2011): Ruben-Gambino near the ends of the support, twice the exact
 * one-sided Smirnov tail for large n x^2, and the Pelz-Good series otherwise.
 */
public final class Kolmogorov {

    private static final double PI2 = Math.PI * Math.PI;
    private static final double SQRT2PI = Math.sqrt(2 * Math.PI);

    private Kolmogorov() {}

    /** P(D_n &gt; x). */
    public static double survival(long n, double x) {
        if (x >= 1.0) {
            return 0.0;
        }
        if (x <= 0.0) {
            return 1.0;
        }
        double t = n * x;
        if (t <= 0.5) {
            return 1.0;
        }
        if (t >= n - 1) {
            return clip(2 * Math.pow(1.0 - x, n));
        }
        if (x >= 0.5) {
            return clip(2 * Smirnov.survival(n, x));
        }
        if (n <= 140) {
            return clip(1.0 - new KolmogorovSmirnovTest().cdf(x, (int) n));
        }
        double nx2 = t * x;
        if (nx2 >= 370.0) {
            return 0.0;
        }
        if (nx2 >= 2.2) {
            return clip(2 * Smirnov.survival(n, x));
        }
        return clip(1.0 - pelzGoodCdf(n, x));
    }

    /**
     * Pelz-Good (1976) expansion P(D_n &lt;= x) ~ K0(z) + K1(z)/sqrt(n) + K2(z)/n + K3(z)/n^1.5 with
     * z = x sqrt(n), each Ki written with Jacobi theta functions so that it converges for small z.
     */
    static double pelzGoodCdf(long n, double x) {
        double z = Math.sqrt(n) * x;
        double z2 = z * z;
        double z4 = z2 * z2;
        double z6 = z4 * z2;
        double qlog = -PI2 / 8 / z2;
        if (qlog < -708) {
            return 0.0;
        }
        double q = Math.exp(qlog);
        double k1a = -z2;
        double k1b = PI2 / 4;
        double k2a = 6 * z6 + 2 * z4;
        double k2b = (2 * z4 - 5 * z2) * PI2 / 4;
        double k2c = PI2 * PI2 * (1 - 2 * z2) / 16;
        double k3d = PI2 * PI2 * PI2 * (5 - 30 * z2) / 64;
        double k3c = PI2 * PI2 * (-60 * z2 + 212 * z4) / 16;
        double k3b = PI2 * (135 * z4 - 96 * z6) / 4;
        double k3a = -30 * z6 - 90 * z4 * z4;
        double[] k = new double[4];
        int maxk = (int) Math.ceil(16 * z / Math.PI);
        for (int kk = maxk; kk > 0; kk--) {
            double m = 2 * kk - 1;
            double m2 = m * m;
            double qpower = Math.pow(q, 8 * kk);
            k[0] = k[0] * qpower + 1.0;
            k[1] = k[1] * qpower + k1a + k1b * m2;
            k[2] = k[2] * qpower + k2a + k2b * m2 + k2c * m2 * m2;
            k[3] = k[3] * qpower + k3a + k3b * m2 + k3c * m2 * m2 + k3d * m2 * m2 * m2;
        }
        double[] divisor = {z, 6 * z4, 72 * z4 * z2 * z, 6480 * z4 * z4 * z2};
        for (int i = 0; i < 4; i++) {
            k[i] = k[i] * q * SQRT2PI / divisor[i];
        }
        double q2 = Math.exp(-PI2 / 2 / z2);
        double k2extra = 0;
        double k3extra = 0;
        double sqrt3z = Math.sqrt(3) * z;
        for (int kk = maxk; kk > 0; kk--) {
            double ks2 = (double) kk * kk;
            double qp = Math.pow(q2, ks2);
            double kspi = Math.PI * kk;
            k2extra += ks2 * qp;
            k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * ks2 * qp;
        }
        k[2] += k2extra * PI2 * SQRT2PI / (-36 * z2 * z);
        k[3] += k3extra * PI2 * SQRT2PI / (216 * z6);
        double sum = 0;
        for (int i = 0; i < 4; i++) {
            sum += k[i] / Math.pow(n, i / 2.0);
        }
        return sum;
    }

    private static double clip(double p) {
        return Math.max(0.0, Math.min(1.0, p));
    }
}
