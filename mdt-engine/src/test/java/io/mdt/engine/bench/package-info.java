/**
 * Benchmarks: JMH benchmarks of whole reports ({@code DriftBenchmark}) and the MDT half of the
 * side-by-side comparison with SciPy ({@code SideBySide}, driven by {@code bench/drift-vs-scipy.sh}).
 * Compiled with the tests, never run by {@code verify}.
 */
package io.mdt.engine.bench;
