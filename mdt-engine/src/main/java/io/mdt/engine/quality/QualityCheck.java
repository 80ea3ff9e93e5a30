package io.mdt.engine.quality;

/**
 * Computes {@link ColumnQuality} from figures the drift engine gathers anyway (ranges, counts,
 * category frequencies), so data quality costs no extra pass over the data.
 */
public final class QualityCheck {

    private QualityCheck() {}

    /**
     * @param referenceValues finite reference values
     * @param referenceMin their minimum
     * @param referenceMax their maximum
     * @param currentValues finite current values
     * @param currentMin their minimum
     * @param currentMax their maximum
     * @param currentOutside current values outside [referenceMin, referenceMax]
     * @param referenceRows reference rows, missing ones included
     * @param currentRows current rows
     * @param referenceInvalid reference values of the wrong type
     * @param currentInvalid current values of the wrong type
     */
    public static ColumnQuality numerical(
            long referenceValues,
            double referenceMin,
            double referenceMax,
            long currentValues,
            double currentMin,
            double currentMax,
            long currentOutside,
            long referenceRows,
            long currentRows,
            long referenceInvalid,
            long currentInvalid) {
        Double outOfRange = referenceValues > 0 && currentValues > 0 ? (double) currentOutside / currentValues : null;
        return new ColumnQuality(
                missingShare(referenceValues, referenceRows),
                missingShare(currentValues, currentRows),
                outOfRange,
                0,
                0,
                referenceValues == 0 || referenceMin == referenceMax,
                currentValues == 0 || currentMin == currentMax,
                referenceInvalid,
                currentInvalid);
    }

    /**
     * @param reference count per category in the reference
     * @param current count per category in the current sample, same categories
     * @param referenceRows reference rows, missing ones included
     * @param currentRows current rows
     */
    public static ColumnQuality categorical(long[] reference, long[] current, long referenceRows, long currentRows) {
        int unseen = 0;
        long unseenValues = 0;
        long currentValues = 0;
        for (int i = 0; i < reference.length; i++) {
            currentValues += current[i];
            if (reference[i] == 0 && current[i] > 0) {
                unseen++;
                unseenValues += current[i];
            }
        }
        return new ColumnQuality(
                missingShare(sum(reference), referenceRows),
                missingShare(currentValues, currentRows),
                null,
                unseen,
                currentValues == 0 ? 0 : (double) unseenValues / currentValues,
                nonZero(reference) <= 1,
                nonZero(current) <= 1,
                0,
                0);
    }

    private static double missingShare(long values, long rows) {
        return rows == 0 ? 0 : (double) (rows - values) / rows;
    }

    private static long sum(long[] counts) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        return total;
    }

    private static int nonZero(long[] counts) {
        int n = 0;
        for (long c : counts) {
            n += c > 0 ? 1 : 0;
        }
        return n;
    }
}
