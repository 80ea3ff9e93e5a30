package io.mdt.engine.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Streams a CSV file (RFC 4180: comma separated, double quotes with "" escapes, CRLF or LF) into
 * {@link ColumnBuffer}s, straight from bytes: a record is split into field offsets in the read
 * buffer, and only then handed to the columns, so no object is created per numeric cell. The first
 * row is the header; every row must have as many fields as the header.
 */
final class CsvReader {

    private static final int CHUNK = 1 << 20;

    private final Path path;
    private byte[] buffer = new byte[CHUNK];
    private int limit;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private boolean[] quoted = new boolean[64];
    private int fields;
    private long line = 1;

    CsvReader(Path path) {
        this.path = path;
    }

    /**
     * Reads the file; {@code declared} gives the declared type per column name (absent: inferred);
     * {@code progress} receives the bytes read so far.
     */
    List<ColumnBuffer> read(Map<String, ColumnBuffer.Declared> declared, LongConsumer progress) {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, declared, progress);
        } catch (NoSuchFileException e) {
            throw new UsageException("cannot read " + path + ": no such file");
        } catch (IOException e) {
            throw new UsageException("cannot read " + path + ": " + e.getMessage());
        }
    }

    private List<ColumnBuffer> read(InputStream in, Map<String, ColumnBuffer.Declared> declared, LongConsumer progress)
            throws IOException {
        int pos = 0;
        long consumed = 0;
        List<ColumnBuffer> columns = null;
        boolean eof = false;
        while (true) {
            int next = eof ? -1 : record(pos);
            if (next < 0 && !eof) {
                consumed += pos;
                System.arraycopy(buffer, pos, buffer, 0, limit - pos);
                limit -= pos;
                pos = 0;
                if (limit == buffer.length) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                }
                int n = in.read(buffer, limit, buffer.length - limit);
                if (n < 0) {
                    eof = true;
                } else {
                    limit += n;
                }
                progress.accept(consumed + limit);
                continue;
            }
            if (next < 0) {
                next = finalRecord(pos);
                if (next < 0) {
                    break;
                }
            }
            columns = accept(columns, declared);
            pos = next;
            line++;
        }
        if (columns == null) {
            throw new UsageException(path + " is empty: a header row is needed");
        }
        return columns;
    }

    private List<ColumnBuffer> accept(List<ColumnBuffer> columns, Map<String, ColumnBuffer.Declared> declared) {
        if (columns == null) {
            return header(declared);
        }
        if (fields == 1 && starts[0] == ends[0] && columns.size() > 1) {
            return columns;
        }
        if (fields != columns.size()) {
            throw new UsageException(
                    path + " line " + line + ": " + fields + " fields, but the header has " + columns.size());
        }
        for (int f = 0; f < fields; f++) {
            deliver(columns.get(f), f);
        }
        return columns;
    }

    private List<ColumnBuffer> header(Map<String, ColumnBuffer.Declared> declared) {
        List<ColumnBuffer> columns = new ArrayList<>();
        for (int f = 0; f < fields; f++) {
            String name;
            try {
                name = ColumnBuffer.text(buffer, starts[f], ends[f]).trim();
            } catch (ColumnBuffer.MalformedTextException e) {
                throw new UsageException(path + ": column " + (f + 1) + " of the header " + e.getMessage());
            }
            if (f == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            if (name.isEmpty()) {
                throw new UsageException(path + ": column " + (f + 1) + " of the header has no name");
            }
            for (ColumnBuffer c : columns) {
                if (c.name().equals(name)) {
                    throw new UsageException(path + ": column " + name + " appears twice in the header");
                }
            }
            columns.add(new ColumnBuffer(name, declared.getOrDefault(name, ColumnBuffer.Declared.INFERRED)));
        }
        return columns;
    }

    /**
     * Splits the record starting at {@code pos} into fields; returns the position after its line
     * end, or -1 when the buffer ends before the record does.
     */
    private int record(int pos) {
        fields = 0;
        int i = pos;
        while (true) {
            if (i >= limit) {
                return -1;
            }
            int end;
            int start;
            boolean quoted = buffer[i] == '"';
            if (quoted) {
                start = i + 1;
                i++;
                while (true) {
                    if (i + 1 >= limit) {
                        return -1;
                    }
                    if (buffer[i] == '"') {
                        if (buffer[i + 1] != '"') {
                            break;
                        }
                        i++;
                    }
                    i++;
                }
                end = i;
                i++;
            } else {
                start = i;
                while (i < limit && buffer[i] != ',' && buffer[i] != '\n' && buffer[i] != '\r') {
                    i++;
                }
                if (i >= limit) {
                    return -1;
                }
                end = i;
            }
            addField(start, end, quoted);
            if (i >= limit) {
                return -1;
            }
            byte c = buffer[i];
            if (c == ',') {
                i++;
            } else if (c == '\r') {
                if (i + 1 >= limit) {
                    return -1;
                }
                return buffer[i + 1] == '\n' ? i + 2 : i + 1;
            } else if (c == '\n') {
                return i + 1;
            } else {
                throw new UsageException(path + " line " + line + ": unexpected character after a quoted field");
            }
        }
    }

    /** The last record when the file does not end with a line break, or -1 if nothing is left. */
    private int finalRecord(int pos) {
        if (pos >= limit) {
            return -1;
        }
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length + 1);
        }
        buffer[limit++] = '\n';
        int next = record(pos);
        if (next < 0) {
            throw new UsageException(path + " line " + line + ": unterminated quoted field");
        }
        return next;
    }

    private void addField(int start, int end, boolean isQuoted) {
        if (fields == starts.length) {
            starts = Arrays.copyOf(starts, fields * 2);
            ends = Arrays.copyOf(ends, fields * 2);
            quoted = Arrays.copyOf(quoted, fields * 2);
        }
        starts[fields] = start;
        quoted[fields] = isQuoted;
        ends[fields++] = end;
    }

    /** Hands field f to its column, collapsing the "" escapes of a quoted field first. */
    private void deliver(ColumnBuffer column, int f) {
        try {
            collapse(column, f);
        } catch (ColumnBuffer.MalformedTextException e) {
            throw new UsageException(path + " line " + line + ": column " + column.name() + " " + e.getMessage());
        }
    }

    private void collapse(ColumnBuffer column, int f) {
        if (!quoted[f]) {
            column.add(buffer, starts[f], ends[f]);
            return;
        }
        byte[] text = new byte[ends[f] - starts[f]];
        int n = 0;
        for (int i = starts[f]; i < ends[f]; i++) {
            text[n++] = buffer[i];
            if (buffer[i] == '"') {
                i++;
            }
        }
        column.add(text, 0, n);
    }
}
