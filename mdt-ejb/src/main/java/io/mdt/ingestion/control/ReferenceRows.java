package io.mdt.ingestion.control;

import io.mdt.ingestion.boundary.MalformedBatchException;
import io.mdt.ingestion.boundary.RejectedRecord;
import io.mdt.platform.boundary.MalformedJsonException;
import io.mdt.platform.control.StorableText;
import io.mdt.platform.control.StrictJson;
import io.mdt.registry.entity.ColumnRole;
import io.mdt.registry.entity.ModelVersion;
import io.mdt.registry.entity.SchemaColumn;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Validates reference rows against a version's schema, from CSV (a header row naming the
 * columns) or JSON (objects keyed by column name), and streams the valid ones out in chunks.
 * Every feature must be present; the prediction, scores, segments and target may be absent;
 * id and timestamp columns are accepted and ignored; any other column is an error.
 */
public final class ReferenceRows implements BatchReader.RecordConsumer {

    static final int CHUNK_CHARACTERS = 1 << 20;
    public static final int REPORTED_REJECTIONS = 100;

    private final List<SchemaColumn> columns;
    private final Map<String, Set<String>> categories;
    private final Set<String> known;
    private final Set<String> required;
    private final Consumer<String> sink;
    private final CopyRows rows = new CopyRows();
    private final List<RejectedRecord> rejected = new ArrayList<>();
    private long rejectedCount;

    public ReferenceRows(ModelVersion version, Consumer<String> sink) {
        this.columns = version.referenceColumns();
        this.categories = columns.stream().collect(Collectors.toMap(SchemaColumn::getName, ValueReader::categories));
        this.known = version.getColumns().stream().map(SchemaColumn::getName).collect(Collectors.toSet());
        this.required = version.columns(ColumnRole.FEATURE).stream()
                .map(SchemaColumn::getName)
                .collect(Collectors.toSet());
        this.sink = sink;
    }

    /** The table columns the rows fill, in order. */
    public List<String> sqlColumns() {
        return columns.stream().map(SchemaColumn::sqlName).toList();
    }

    /** Reads CSV with a header row; fails as a whole when the header names an unknown column or lacks a feature. */
    public void csv(Reader body) {
        try (var parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(body)) {
            var header = parser.getHeaderMap();
            checkHeader(header.keySet());
            var positions = new HashMap<String, Integer>(header);
            int index = 0;
            for (var record : parser) {
                csvRecord(index++, record, positions);
            }
            flush(0);
        } catch (IOException e) {
            throw unreadable(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new MalformedBatchException("unreadable CSV: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause());
        }
    }

    /**
     * Text that is not UTF-8 or not CSV (an unterminated quote) is the client's error; any
     * other failure to read is the connection's.
     */
    private static RuntimeException unreadable(IOException e) {
        if (e instanceof CharacterCodingException) {
            return new MalformedBatchException("the CSV is not valid UTF-8 text");
        }
        if (e instanceof CSVException) {
            return new MalformedBatchException("unreadable CSV: " + e.getMessage());
        }
        return new UncheckedIOException(e);
    }

    private void checkHeader(Set<String> header) {
        for (var name : header) {
            if (!known.contains(name)) {
                throw new MalformedBatchException("unknown column " + StorableText.quote(name) + " in the CSV header");
            }
        }
        for (var name : required) {
            if (!header.contains(name)) {
                throw new MalformedBatchException("the CSV header lacks the feature '" + name + "'");
            }
        }
    }

    private void csvRecord(int index, CSVRecord record, Map<String, Integer> positions) {
        rows.beginRow();
        try {
            if (!record.isConsistent()) {
                throw new RecordRejection("has " + record.size() + " cells; the header has " + positions.size());
            }
            for (var column : columns) {
                var position = positions.get(column.getName());
                var cell = position == null ? null : record.get(position);
                ValueReader.appendText(rows, column, cell, categories.get(column.getName()));
            }
            rows.endRow();
            flush(CHUNK_CHARACTERS);
        } catch (RecordRejection rejection) {
            rows.discardRow();
            rejectedCount++;
            if (rejected.size() < REPORTED_REJECTIONS) {
                rejected.add(new RejectedRecord(index, rejection.getMessage(), null));
            }
        }
    }

    /** Reads one JSON row; {@link BatchReader} counts and reports the rejected ones. */
    @Override
    public String accept(JsonParser parser) {
        JsonObject record;
        try {
            record = StrictJson.object(parser, "row");
        } catch (MalformedJsonException e) {
            return e.getMessage();
        }
        rows.beginRow();
        try {
            for (var name : record.keySet()) {
                if (!known.contains(name)) {
                    throw new RecordRejection("unknown column " + StorableText.quote(name));
                }
            }
            for (var column : columns) {
                if (column.getRole() == ColumnRole.FEATURE && !record.containsKey(column.getName())) {
                    throw new RecordRejection("missing feature '" + column.getName() + "'");
                }
                ValueReader.append(rows, column, record.get(column.getName()), categories.get(column.getName()));
            }
            rows.endRow();
            flush(CHUNK_CHARACTERS);
            return null;
        } catch (RecordRejection rejection) {
            rows.discardRow();
            return rejection.getMessage();
        }
    }

    /** Streams out what is left; call once all rows are read. */
    public void finish() {
        flush(0);
    }

    private void flush(int threshold) {
        if (rows.pending() > threshold) {
            sink.accept(rows.drain());
        }
    }

    /** Rejected CSV rows (JSON rows are counted by {@link BatchReader}). */
    public long rejectedCount() {
        return rejectedCount;
    }

    /** The first {@value #REPORTED_REJECTIONS} rejected CSV rows. */
    public List<RejectedRecord> rejected() {
        return rejected;
    }
}
