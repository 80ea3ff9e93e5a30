package io.mdt.engine.report;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleFunction;

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

    /** The label of the bar of the categories a distribution does not show one by one. */
    String OTHER_CATEGORIES = "other categories";

    /**
     * One bin or category as a reader compares it: its label, and its count and its share of
     * each sample, so that samples of different sizes compare.
     */
    record Bar(String label, long referenceCount, double referenceShare, long currentCount, double currentShare) {}

    /**
     * The distribution as bars: each bin labelled with its range ({@code 0.5 to 1}, its numbers
     * written by {@code number}), or each category shown and then the others as one bar.
     */
    default List<Bar> bars(DoubleFunction<String> number) {
        var labels = new ArrayList<String>();
        long[] reference = reference();
        long[] current = current();
        if (this instanceof Binned binned) {
            for (int i = 0; i + 1 < binned.edges().length; i++) {
                labels.add(number.apply(binned.edges()[i]) + " to " + number.apply(binned.edges()[i + 1]));
            }
        } else if (this instanceof Categories categories) {
            labels.addAll(categories.categories());
            if (categories.otherReference() + categories.otherCurrent() > 0) {
                labels.add(OTHER_CATEGORIES);
                reference = Arrays.copyOf(reference, reference.length + 1);
                reference[reference.length - 1] = categories.otherReference();
                current = Arrays.copyOf(current, current.length + 1);
                current[current.length - 1] = categories.otherCurrent();
            }
        }
        long referenceTotal = Arrays.stream(reference).sum();
        long currentTotal = Arrays.stream(current).sum();
        var bars = new ArrayList<Bar>();
        for (int i = 0; i < labels.size(); i++) {
            bars.add(new Bar(
                    labels.get(i),
                    reference[i],
                    referenceTotal == 0 ? 0 : (double) reference[i] / referenceTotal,
                    current[i],
                    currentTotal == 0 ? 0 : (double) current[i] / currentTotal));
        }
        return List.copyOf(bars);
    }

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
