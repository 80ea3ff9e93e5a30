package io.mdt.engine.drift;

/** A drift test on two sorted samples of finite numbers. */
@FunctionalInterface
interface NumericalTest {

    /**
     * @throws UndefinedTestException when the test is not defined on these samples
     */
    TestOutcome test(SortedSample reference, SortedSample current, DriftOptions options);
}
