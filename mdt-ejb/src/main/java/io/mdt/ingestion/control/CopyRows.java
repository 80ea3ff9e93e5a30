package io.mdt.ingestion.control;

import java.util.HashSet;
import java.util.Set;

/**
 * Rows in PostgreSQL's {@code COPY} text format, built as records are validated: fields
 * separated by tabs, {@code \N} for null, backslash escapes for the characters the format
 * reserves. Text is the fastest path into typed columns short of the binary format, and
 * needs no per-row objects.
 */
public final class CopyRows {

    private final StringBuilder text = new StringBuilder(1 << 16);
    private final Set<String> keys = new HashSet<>();
    private String rowKey;
    private int duplicates;
    private int rows;
    private boolean rowStarted;
    private int rowStart;

    /** Starts a row that may still be discarded, when its record turns out invalid half-way. */
    public void beginRow() {
        rowStart = text.length();
        rowStarted = false;
        rowKey = null;
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

    /**
     * Appends the row's key, a prediction id: a row whose key an earlier row of these rows had
     * is dropped at its end and counted as a duplicate, so that the first one wins.
     */
    public CopyRows key(String value) {
        rowKey = value;
        return text(value);
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
        if (rowKey != null && !keys.add(rowKey)) {
            discardRow();
            duplicates++;
            return;
        }
        text.append('\n');
        rows++;
        rowStarted = false;
    }

    public int rows() {
        return rows;
    }

    /** Rows dropped because an earlier row had their key. */
    public int duplicates() {
        return duplicates;
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
