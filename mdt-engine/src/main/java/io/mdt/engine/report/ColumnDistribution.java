package io.mdt.engine.report;

import java.io.Serializable;
import java.util.List;

/**
 * How one column's values fell in the reference and in the current sample, on the same bins or
 * categories for both, so that a reader sees what moved without going back to the raw data. The
 * engine computes it once per comparison; a monitor stores it with the column's result.
 */
public sealed interface ColumnDistribution extends Serializable
        permits ColumnDistribution.Binned, ColumnDistribution.Categories {

    /** Count per bin or category in the reference sample. */
    long[] reference();

    /** Count per bin or category in the current sample. */
    long[] current();

    /**
     * A numerical column on equal-width bins over the finite values of both samples; a value on
     * an inner edge falls in the bin it starts, the largest value in the last bin, as NumPy's
     * {@code histogram} counts.
     *
     * @param edges the bins' edges, increasing, one more than the bins
     */
    record Binned(double[] edges, long[] reference, long[] current) implements ColumnDistribution {}

    /**
     * A categorical column: its most frequent categories (by their share of both samples) and
     * what the others add up to.
     *
     * @param categories the categories shown, most frequent first
     * @param otherReference reference values of the categories not shown
     * @param otherCurrent current values of the categories not shown
     */
    record Categories(List<String> categories, long[] reference, long[] current, long otherReference, long otherCurrent)
            implements ColumnDistribution {}
}
