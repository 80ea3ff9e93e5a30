/**
 * Sampling distributions that neither commons-math3 nor the JDK provide: the exact two-sample
 * Kolmogorov-Smirnov and Cramer-von Mises laws, the finite-n Kolmogorov law, the exact Mann-Whitney
 * law and the modified Bessel function they need. Each class ports the algorithm SciPy documents, so
 * p-values agree with SciPy's to rounding. Owns no data handling: callers pass statistics and sizes.
 */
package io.mdt.engine.stats;
