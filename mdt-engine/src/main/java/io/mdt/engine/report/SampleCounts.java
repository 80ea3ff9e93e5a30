package io.mdt.engine.report;

/**
 * How many values of one side a test used, and how many it dropped.
 *
 * @param count values the test used
 * @param missing missing values (empty cells, NaN, category code -1), dropped
 * @param nonFinite infinite values, dropped
 * @param invalid values of the wrong type, dropped
 */
public record SampleCounts(long count, long missing, long nonFinite, long invalid) {

    public long rows() {
        return count + missing + nonFinite + invalid;
    }
}
