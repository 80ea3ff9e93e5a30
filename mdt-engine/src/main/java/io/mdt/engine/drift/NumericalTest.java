package io.mdt.engine.drift;

/** A drift test on the two sides of a numerical column (sorted on demand, see {@link NumericalPair}). */
@FunctionalInterface
interface NumericalTest {

    /**
     * @throws UndefinedTestException when the test is not defined on these samples
     */
    TestOutcome test(NumericalPair pair, DriftOptions options);
}
