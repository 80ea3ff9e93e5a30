/**
 * Benchmarks: JMH benchmarks of whole reports ({@code DriftBenchmark}, {@code PerformanceBenchmark}) and
 * the MDT halves of the side-by-side comparisons with SciPy ({@code SideBySide}, driven by {@code
 * bench/drift-vs-scipy.sh}) and scikit-learn ({@code PerformanceSideBySide} and {@code
 * EstimationSideBySide}, driven by {@code bench/performance-vs-sklearn.sh}). Compiled with the tests,
 * never run by {@code verify}.
 */
package io.mdt.engine.bench;
