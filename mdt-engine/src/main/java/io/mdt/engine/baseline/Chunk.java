package io.mdt.engine.baseline;

import java.util.stream.IntStream;

/**
 * Consecutive rows {@code [start, end)} of the reference.
 *
 * @param start the first row
 * @param end one past the last row
 */
public record Chunk(int start, int end) {

    public Chunk {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException(
                    "A chunk has at least one row, from start >= 0; was [" + start + ", " + end + ").");
        }
    }

    public int size() {
        return end - start;
    }

    /** The chunk's row indices. */
    public int[] rows() {
        return IntStream.range(start, end).toArray();
    }

    /**
     * The row indices of a reference of {@code rows} rows without this chunk: what the chunk is
     * measured against when it is left out (see {@link ReferenceChunks}).
     */
    public int[] rest(int rows) {
        if (end > rows) {
            throw new IllegalArgumentException("The chunk ends at row " + end + ", beyond the " + rows + " rows.");
        }
        return IntStream.concat(IntStream.range(0, start), IntStream.range(end, rows))
                .toArray();
    }
}
