package io.mdt.ingestion.control;

import java.io.IOException;
import java.io.Reader;

/**
 * Passes characters through to the JSON parser while keeping those of the current record,
 * so that a rejected record can be handed on as the text it arrived as.
 */
final class RecordTextReader extends Reader {

    private final Reader in;
    private final StringBuilder kept = new StringBuilder();
    private long keptFrom;

    RecordTextReader(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = in.read(buffer, offset, length);
        if (read > 0) {
            kept.append(buffer, offset, read);
        }
        return read;
    }

    /** Drops what comes before the given stream offset: no later record needs it. */
    void forgetBefore(long offset) {
        int drop = (int) Math.min(kept.length(), Math.max(0, offset - keptFrom));
        kept.delete(0, drop);
        keptFrom += drop;
    }

    String text(long from, long to) {
        return kept.substring((int) (from - keptFrom), (int) (to - keptFrom));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
