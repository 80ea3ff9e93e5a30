package io.mdt.engine.drift;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.math3.special.Gamma;

/**
 * Epps-Singleton test (Epps and Singleton 1986) on the empirical characteristic functions at
 * t = (0.4, 0.8) scaled by the pooled semi-interquartile range, SciPy's {@code epps_singleton_2samp}:
 * W = N g' S^+ g with g the difference of the mean (cos tx, sin tx) vectors and S the pooled biased
 * covariance, chi-square with rank(S) degrees of freedom, and the small-sample correction when both
 * samples have fewer than 25 values. Undefined when the pooled interquartile range is zero.
 */
final class EppsSingletonTest implements NumericalTest {

    private static final double[] T = {0.4, 0.8};

    @Override
    public TestOutcome test(NumericalPair pair, DriftOptions options) {
        SortedSample reference = pair.reference();
        SortedSample current = pair.current();
        Samples.requireValues(reference, current, 5);
        double sigma = pooledIqr(reference, current) / 2;
        if (!(sigma > 0)) {
            throw new UndefinedTestException("undefined: the pooled interquartile range is 0");
        }
        double nx = reference.size();
        double ny = current.size();
        double n = nx + ny;
        Moments x = Moments.of(reference.values(), sigma);
        Moments y = Moments.of(current.values(), sigma);
        RealMatrix cov =
                x.covariance().scalarMultiply(n / nx).add(y.covariance().scalarMultiply(n / ny));
        SingularValueDecomposition svd = new SingularValueDecomposition(cov);
        int rank = svd.getRank();
        double[] g = new double[4];
        for (int i = 0; i < 4; i++) {
            g[i] = x.mean[i] - y.mean[i];
        }
        double[] sg = svd.getSolver().getInverse().operate(g);
        double w = 0;
        for (int i = 0; i < 4; i++) {
            w += g[i] * sg[i];
        }
        w *= n;
        if (Math.max(nx, ny) < 25) {
            w *= 1.0 / (1.0 + Math.pow(n, -0.45) + 10.1 * (Math.pow(nx, -1.7) + Math.pow(ny, -1.7)));
        }
        double p = Gamma.regularizedGammaQ(rank / 2.0, w / 2);
        return new TestOutcome(p, w);
    }

    /** Interquartile range with NumPy's default linear interpolation, over both samples pooled. */
    private static double pooledIqr(SortedSample reference, SortedSample current) {
        double[] pooled = new double[reference.size() + current.size()];
        int[] k = new int[1];
        TieGroups.walk(reference, current, (value, a, b) -> {
            for (int i = 0; i < a + b; i++) {
                pooled[k[0]++] = value;
            }
        });
        return Quantiles.linear(pooled, 0.75) - Quantiles.linear(pooled, 0.25);
    }

    /** Means and biased covariance of (cos t1 x, cos t2 x, sin t1 x, sin t2 x). */
    private record Moments(double[] mean, double[][] second, int size) {

        static Moments of(double[] values, double sigma) {
            double[] mean = new double[4];
            double[][] second = new double[4][4];
            double[] f = new double[4];
            for (double v : values) {
                f[0] = Math.cos(T[0] / sigma * v);
                f[1] = Math.cos(T[1] / sigma * v);
                f[2] = Math.sin(T[0] / sigma * v);
                f[3] = Math.sin(T[1] / sigma * v);
                for (int i = 0; i < 4; i++) {
                    mean[i] += f[i];
                    for (int j = 0; j < 4; j++) {
                        second[i][j] += f[i] * f[j];
                    }
                }
            }
            for (int i = 0; i < 4; i++) {
                mean[i] /= values.length;
            }
            return new Moments(mean, second, values.length);
        }

        RealMatrix covariance() {
            double[][] c = new double[4][4];
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    c[i][j] = second[i][j] / size - mean[i] * mean[j];
                }
            }
            return new Array2DRowRealMatrix(c, false);
        }
    }
}
