package io.mdt.engine.quality;

/**
 * Data quality of one column, both samples.
 *
 * @param referenceMissingShare share of reference rows without a usable value (missing, infinite or
 *     of the wrong type)
 * @param currentMissingShare the same for the current rows
 * @param outOfRangeShare share of current values outside [min, max] of the reference (numerical
 *     columns; {@code null} for categorical ones or an empty side)
 * @param unseenCategories categories of the current sample absent from the reference
 * @param unseenShare share of current values in those categories
 * @param constantReference the reference has at most one distinct value
 * @param constantCurrent the current sample has at most one distinct value
 * @param referenceInvalid reference values of the wrong type
 * @param currentInvalid current values of the wrong type
 */
public record ColumnQuality(
        double referenceMissingShare,
        double currentMissingShare,
        Double outOfRangeShare,
        int unseenCategories,
        double unseenShare,
        boolean constantReference,
        boolean constantCurrent,
        long referenceInvalid,
        long currentInvalid) {}
