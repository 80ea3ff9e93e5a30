package io.mdt.monitoring.control;

import io.mdt.engine.data.Column;
import io.mdt.registry.entity.SchemaColumn;
import io.mdt.registry.entity.ValueType;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * Reads the columns of a window or a reference dataset straight into the engine's primitive
 * arrays with {@code COPY (SELECT ...) TO STDOUT}: one pass, no per-row objects beyond the
 * line being parsed, and no entity or result-set machinery for millions of rows.
 */
@ApplicationScoped
public class WindowData {

    @Resource(lookup = "jdbc/mdt")
    DataSource dataSource;

    /**
     * Columns read by a query whose first column is the row's epoch second (or null) and whose
     * other columns are the given schema columns, in order.
     */
    public Sample read(String select, List<SchemaColumn> columns) {
        var builders = new ArrayList<ColumnBuilder>();
        for (var column : columns) {
            builders.add(
                    column.getType() == ValueType.NUMERICAL
                            ? ColumnBuilder.numerical(column.getName())
                            : ColumnBuilder.categorical(column.getName()));
        }
        var span = new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        long rows = 0;
        try (var connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (" + select + ") TO STDOUT");
            for (byte[] line; (line = copy.readFromCopy()) != null; rows++) {
                parse(new String(line, StandardCharsets.UTF_8), builders, span);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read window data: " + e.getMessage(), e);
        }
        var built = builders.stream().map(ColumnBuilder::build).toList();
        return new Sample(built, rows, instant(span[0]), instant(span[1]));
    }

    private static void parse(String line, List<ColumnBuilder> builders, double[] span) {
        int end = line.endsWith("\n") ? line.length() - 1 : line.length();
        int start = 0;
        for (int field = 0; field <= builders.size(); field++) {
            int tab = line.indexOf('\t', start);
            int stop = tab < 0 || tab > end ? end : tab;
            var value = unescape(line, start, stop);
            if (field == 0) {
                if (value != null) {
                    double second = Double.parseDouble(value);
                    span[0] = Math.min(span[0], second);
                    span[1] = Math.max(span[1], second);
                }
            } else {
                builders.get(field - 1).add(value);
            }
            start = stop + 1;
        }
    }

    /** Undoes COPY's text escapes; {@code \N} is null. */
    static String unescape(String line, int from, int to) {
        if (to - from == 2 && line.charAt(from) == '\\' && line.charAt(from + 1) == 'N') {
            return null;
        }
        if (line.indexOf('\\', from) < 0 || line.indexOf('\\', from) >= to) {
            return line.substring(from, to);
        }
        var text = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            if (c != '\\' || i + 1 == to) {
                text.append(c);
                continue;
            }
            char next = line.charAt(++i);
            text.append(
                    switch (next) {
                        case 't' -> '\t';
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        case 'b' -> '\b';
                        case 'f' -> '\f';
                        case 'v' -> '\u000B';
                        default -> next;
                    });
        }
        return text.toString();
    }

    private static Instant instant(double epochSecond) {
        return Double.isInfinite(epochSecond) ? null : Instant.ofEpochMilli(Math.round(epochSecond * 1000));
    }

    /** The columns of a window, its row count and the times of its first and last prediction. */
    public record Sample(List<Column> columns, long rows, Instant first, Instant last) {}
}
