package io.mdt.engine.quality;

/**
 * Computes {@link ColumnQuality} from what the drift engine has already prepared (sorted finite
 * values or category counts), so quality costs two binary searches, not a pass over the data.
 */
public final class QualityCheck {

    private QualityCheck() {}

    /**
     * @param reference sorted finite reference values
     * @param current sorted finite current values
     * @param referenceRows reference rows, missing ones included
     * @param currentRows current rows
     * @param referenceInvalid reference values of the wrong type
     * @param currentInvalid current values of the wrong type
     */
    public static ColumnQuality numerical(
            double[] reference,
            double[] current,
            long referenceRows,
            long currentRows,
            long referenceInvalid,
            long currentInvalid) {
        Double outOfRange = null;
        if (reference.length > 0 && current.length > 0) {
            int below = lowerBound(current, reference[0]);
            int above = current.length - upperBound(current, reference[reference.length - 1]);
            outOfRange = (double) (below + above) / current.length;
        }
        return new ColumnQuality(
                missingShare(reference.length, referenceRows),
                missingShare(current.length, currentRows),
                outOfRange,
                0,
                0,
                reference.length == 0 || reference[0] == reference[reference.length - 1],
                current.length == 0 || current[0] == current[current.length - 1],
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

    private static int lowerBound(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int upperBound(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
