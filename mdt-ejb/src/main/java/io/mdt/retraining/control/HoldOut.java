package io.mdt.retraining.control;

import java.nio.charset.StandardCharsets;

/**
 * Which labelled predictions a retraining keeps out of training to evaluate on: those whose
 * prediction id hashes (64-bit FNV-1a) into the hold-out share. A row's side depends on its id
 * alone, so retraining on a wider range keeps the same rows out, and the champion's predictions
 * on exactly those rows are what the challenger is compared with.
 */
public final class HoldOut {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;
    private static final int BUCKETS = 10_000;

    private HoldOut() {}

    public static boolean holds(String predictionId, double share) {
        long hash = OFFSET;
        for (byte b : predictionId.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= PRIME;
        }
        return Long.remainderUnsigned(hash, BUCKETS) < Math.round(share * BUCKETS);
    }
}
