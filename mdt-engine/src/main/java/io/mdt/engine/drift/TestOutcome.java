package io.mdt.engine.drift;

/**
 * What a drift test computes.
 *
 * @param score the value compared with the threshold: a p-value for hypothesis tests, a distance
 *     otherwise
 * @param statistic the test statistic (KS D, chi-square, U, t, ...); equal to the score for
 *     distances, infinite when the statistic diverges (a category the reference never had)
 */
public record TestOutcome(double score, double statistic) {

    static TestOutcome distance(double value) {
        return new TestOutcome(value, value);
    }
}
