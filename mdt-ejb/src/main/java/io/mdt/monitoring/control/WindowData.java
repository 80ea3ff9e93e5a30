package io.mdt.monitoring.control;

import io.mdt.engine.data.Column;
import io.mdt.registry.entity.ColumnRole;
import io.mdt.registry.entity.SchemaColumn;
import io.mdt.registry.entity.ValueType;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;

/**
 * Reads the columns of a window or a reference dataset straight into the engine's primitive
 * arrays with {@code COPY (SELECT ...) TO STDOUT (FORMAT binary)}: doubles travel as their
 * eight bytes, so neither PostgreSQL formats nor Java parses 20 million numbers as text (three
 * times faster than the text format for a 1,000,000 x 20 window), and no per-row object is
 * kept.
 */
@ApplicationScoped
public class WindowData {

    /** A prediction's event time ({@code p.event_time}) as epoch seconds, the first column {@link #read} takes. */
    public static final String EVENT_EPOCH = "extract(epoch FROM p.event_time)::float8";

    /** The event time read again as a numerical column, to split or keep rows by time: not a column of a version. */
    public static final SchemaColumn EVENT_TIME =
            new SchemaColumn(-1, "event_time", ColumnRole.FEATURE, ValueType.NUMERICAL, null, null, null, null);

    private static final int HEADER_SIGNATURE = 11;
    private static final int BUFFER = 1 << 16;

    @Resource(lookup = "jdbc/mdt")
    DataSource dataSource;

    /**
     * Columns read by a query whose first column is the row's epoch second as
     * {@code float8} (or null) and whose other columns are the given schema columns, in order,
     * typed as their tables store them.
     */
    public Sample read(String select, List<SchemaColumn> columns) {
        var builders = new ArrayList<ColumnBuilder>();
        for (var column : columns) {
            builders.add(
                    column.getType() == ValueType.NUMERICAL
                            ? new ColumnBuilder.Numbers(column.getName())
                            : new ColumnBuilder.Categories(column.getName()));
        }
        var kinds = columns.stream().map(SchemaColumn::getType).toList();
        try (var connection = dataSource.getConnection();
                var copy = new PGCopyInputStream(
                        connection.unwrap(PGConnection.class), "COPY (" + select + ") TO STDOUT (FORMAT binary)")) {
            return read(new DataInputStream(new BufferedInputStream(copy, BUFFER)), kinds, builders);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot read window data: " + e.getMessage(), e);
        }
    }

    static Sample read(DataInputStream in, List<ValueType> kinds, List<ColumnBuilder> builders) throws IOException {
        skipHeader(in);
        double first = Double.POSITIVE_INFINITY;
        double last = Double.NEGATIVE_INFINITY;
        long rows = 0;
        for (short fields = in.readShort(); fields != -1; fields = in.readShort(), rows++) {
            int length = in.readInt();
            if (length == Double.BYTES) {
                double second = in.readDouble();
                first = Math.min(first, second);
                last = Math.max(last, second);
            } else if (length > 0) {
                in.skipNBytes(length);
            }
            for (int i = 0; i < builders.size(); i++) {
                field(in, kinds.get(i), builders.get(i));
            }
        }
        var built = builders.stream().map(ColumnBuilder::build).toList();
        return new Sample(built, rows, instant(first), instant(last));
    }

    private static void field(DataInputStream in, ValueType kind, ColumnBuilder builder) throws IOException {
        int length = in.readInt();
        switch (kind) {
            case NUMERICAL -> ((ColumnBuilder.Numbers) builder).add(length < 0 ? Double.NaN : in.readDouble());
            case BOOLEAN ->
                ((ColumnBuilder.Categories) builder).add(length < 0 ? null : in.readByte() != 0 ? "true" : "false");
            case CATEGORICAL -> ((ColumnBuilder.Categories) builder).add(length < 0 ? null : text(in, length));
        }
    }

    private static String text(DataInputStream in, int length) throws IOException {
        var bytes = in.readNBytes(length);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The signature, the flags and the header extension of the binary COPY format. */
    private static void skipHeader(InputStream in) throws IOException {
        var data = new DataInputStream(in);
        data.skipNBytes(HEADER_SIGNATURE);
        data.readInt();
        data.skipNBytes(data.readInt());
    }

    private static Instant instant(double epochSecond) {
        return Double.isInfinite(epochSecond) ? null : Instant.ofEpochMilli(Math.round(epochSecond * 1000));
    }

    /** The columns of a window, its row count and the times of its first and last prediction. */
    public record Sample(List<Column> columns, long rows, Instant first, Instant last) {}
}
