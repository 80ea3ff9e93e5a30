package io.mdt.engine.baseline;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the reference into consecutive chunks, the windows whose spread gives a standard deviation
 * band its width.
 *
 * <p>A metric that compares a window with the reference (a drift score, a distance) must measure
 * each reference chunk against the reference <em>without</em> that chunk ({@link Chunk#rest}, {@link
 * Baselines#leaveOneOut}). A chunk is part of a reference that contains it, so it looks closer to that
 * reference than any new window can: with five equal chunks the difference of a chunk's mean from
 * the whole reference's mean is only 4/5 of its difference from the other four chunks. The chunk
 * scores then come out small and alike, the band is too narrow, and production windows that are
 * merely as different as the reference chunks are from one another raise alerts (NannyML measures
 * reference chunks against the whole reference and has this bias). A metric of the chunk alone, such
 * as its accuracy, does not depend on the rest and needs no leaving out.
 */
public final class ReferenceChunks {

    private ReferenceChunks() {}

    /**
     * {@code chunkCount} consecutive chunks whose sizes differ by at most one row, the larger first
     * (as NumPy's {@code array_split}).
     */
    public static List<Chunk> split(int rows, int chunkCount) {
        if (chunkCount < 1 || chunkCount > rows) {
            throw new IllegalArgumentException("Cannot split " + rows + " rows into " + chunkCount
                    + " chunks: the number of chunks must be between 1 and the number of rows.");
        }
        var chunks = new ArrayList<Chunk>(chunkCount);
        int start = 0;
        for (int i = 0; i < chunkCount; i++) {
            int size = rows / chunkCount + (i < rows % chunkCount ? 1 : 0);
            chunks.add(new Chunk(start, start + size));
            start += size;
        }
        return chunks;
    }

    /**
     * Consecutive chunks of {@code chunkSize} rows; the rows left over join the last chunk. A short
     * last chunk would be noisier than the windows the band is meant for and widen it; a reference
     * smaller than one chunk is one chunk.
     */
    public static List<Chunk> bySize(int rows, int chunkSize) {
        if (chunkSize < 1 || rows < 1) {
            throw new IllegalArgumentException(
                    "Cannot cut " + rows + " rows into chunks of " + chunkSize + ": both must be positive.");
        }
        int count = Math.max(1, rows / chunkSize);
        var chunks = new ArrayList<Chunk>(count);
        for (int i = 0; i < count; i++) {
            int end = i == count - 1 ? rows : (i + 1) * chunkSize;
            chunks.add(new Chunk(i * chunkSize, end));
        }
        return chunks;
    }
}
