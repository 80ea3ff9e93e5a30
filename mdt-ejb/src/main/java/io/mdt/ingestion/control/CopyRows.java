package io.mdt.ingestion.control;

/**
 * Rows in PostgreSQL's {@code COPY} text format, built as records are validated: fields
 * separated by tabs, {@code \N} for null, backslash escapes for the characters the format
 * reserves. Text is the fastest path into typed columns short of the binary format, and
 * needs no per-row objects.
 */
public final class CopyRows {

    private final StringBuilder text = new StringBuilder(1 << 16);
    private int rows;
    private boolean rowStarted;
    private int rowStart;

    /** Starts a row that may still be discarded, when its record turns out invalid half-way. */
    public void beginRow() {
        rowStart = text.length();
        rowStarted = false;
    }

    public void discardRow() {
        text.setLength(rowStart);
        rowStarted = false;
    }

    public CopyRows text(String value) {
        separate();
        if (value == null) {
            text.append("\\N");
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        return this;
    }

    public CopyRows number(Double value) {
        separate();
        text.append(value == null ? "\\N" : Double.toString(value));
        return this;
    }

    /** Appends text known to need no escaping, such as a validated number. */
    public CopyRows raw(String value) {
        separate();
        text.append(value);
        return this;
    }

    public CopyRows bool(Boolean value) {
        separate();
        text.append(value == null ? "\\N" : value ? "t" : "f");
        return this;
    }

    public void endRow() {
        text.append('\n');
        rows++;
        rowStarted = false;
    }

    public int rows() {
        return rows;
    }

    public String content() {
        return text.toString();
    }

    /** Hands over the rows written so far and starts empty, so long loads stream in chunks. */
    public String drain() {
        var chunk = text.toString();
        text.setLength(0);
        rowStart = 0;
        return chunk;
    }

    /** Characters waiting to be drained. */
    public int pending() {
        return text.length();
    }

    private void separate() {
        if (rowStarted) {
            text.append('\t');
        }
        rowStarted = true;
    }
}
