package io.mdt.engine.comparison;

/**
 * A metric of one model computed on some rows, given by index and possibly repeated (a bootstrap
 * resample counts a row as often as it was drawn). The array is only valid during the call: the
 * bootstrap refills it for the next resample.
 */
@FunctionalInterface
public interface MetricOnRows {

    /** The metric on the rows, null (or NaN) where it is undefined on them. */
    Double apply(int[] rowIndices);
}
