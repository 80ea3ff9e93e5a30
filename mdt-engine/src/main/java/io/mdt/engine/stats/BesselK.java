package io.mdt.engine.stats;

/**
 * Exponentially scaled modified Bessel function of the second kind, e^x K_nu(x), from the integral
 * representation K_nu(x) = integral_0^inf exp(-x cosh t) cosh(nu t) dt (DLMF 10.32.9). The integrand
 * is analytic and decays double-exponentially, so the trapezoidal rule converges geometrically in
 * the step; a step of 1/64 gives full double precision for the orders the Cramer-von Mises law needs.
 */
public final class BesselK {

    private static final double STEP = 1.0 / 64;

    private BesselK() {}

    /** e^x K_nu(x) for x &gt; 0. */
    public static double scaled(double nu, double x) {
        double sum = 0.5;
        for (int i = 1; ; i++) {
            double t = i * STEP;
            double exponent = -x * (Math.cosh(t) - 1);
            if (exponent < -745) {
                break;
            }
            sum += Math.exp(exponent) * Math.cosh(nu * t);
        }
        return sum * STEP;
    }
}
