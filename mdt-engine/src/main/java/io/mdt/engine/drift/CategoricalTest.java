package io.mdt.engine.drift;

/** A drift test on the category frequencies of two samples. */
@FunctionalInterface
interface CategoricalTest {

    /**
     * @throws UndefinedTestException when the test is not defined on these frequencies
     */
    TestOutcome test(CategoryCounts counts, DriftOptions options);
}
