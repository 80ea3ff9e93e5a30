package io.mdt.engine.cli;

import io.mdt.engine.data.Column;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the reference and current CSV files into matching columns: a column is numerical when every
 * non-empty cell of both files is a number (unless declared), and categorical otherwise.
 *
 * @param reference reference columns, in the order they are compared
 * @param current current columns, same names and types
 */
record CsvDatasets(List<Column> reference, List<Column> current) {

    static CsvDatasets read(CompareArguments args, ProgressMeter progress) {
        Map<String, ColumnBuffer.Declared> declared = declared(args);
        long total = size(args.reference()) + size(args.current());
        long referenceSize = size(args.reference());
        List<ColumnBuffer> reference = new CsvReader(args.reference())
                .read(declared, bytes -> progress.show("reading", (double) bytes / total));
        List<ColumnBuffer> current = new CsvReader(args.current())
                .read(declared, bytes -> progress.show("reading", (double) (referenceSize + bytes) / total));
        checkNames(args, reference, current);
        return select(args, reference, current);
    }

    private static Map<String, ColumnBuffer.Declared> declared(CompareArguments args) {
        Map<String, ColumnBuffer.Declared> declared = new HashMap<>();
        args.numerical().forEach(c -> declared.put(c, ColumnBuffer.Declared.NUMERICAL));
        for (String c : args.categorical()) {
            if (declared.put(c, ColumnBuffer.Declared.CATEGORICAL) != null) {
                throw new UsageException("column " + c + " is declared both numerical and categorical");
            }
        }
        return declared;
    }

    private static long size(Path path) {
        try {
            return Math.max(1, Files.size(path));
        } catch (java.io.IOException e) {
            throw new UsageException("cannot read " + path + ": no such file");
        }
    }

    private static void checkNames(CompareArguments args, List<ColumnBuffer> reference, List<ColumnBuffer> current) {
        List<String> inBoth = names(reference);
        inBoth.retainAll(names(current));
        List<String> named = new ArrayList<>(args.columns());
        named.addAll(args.numerical());
        named.addAll(args.categorical());
        for (String name : named) {
            if (!inBoth.contains(name)) {
                throw new UsageException("unknown column " + name + " (not in both "
                        + args.reference().getFileName() + " and "
                        + args.current().getFileName() + ")");
            }
        }
        if (inBoth.isEmpty()) {
            throw new UsageException(args.reference() + " and " + args.current() + " have no column in common");
        }
    }

    private static CsvDatasets select(CompareArguments args, List<ColumnBuffer> reference, List<ColumnBuffer> current) {
        Map<String, ColumnBuffer> currentByName = new LinkedHashMap<>();
        current.forEach(c -> currentByName.put(c.name(), c));
        List<String> wanted = args.columns().isEmpty() ? names(reference) : args.columns();
        List<Column> ref = new ArrayList<>();
        List<Column> cur = new ArrayList<>();
        for (ColumnBuffer r : reference) {
            ColumnBuffer c = currentByName.get(r.name());
            if (c == null || !wanted.contains(r.name())) {
                continue;
            }
            if (r.numeric() != c.numeric()) {
                r.toCategories();
                c.toCategories();
            }
            ref.add(r.toColumn());
            cur.add(c.toColumn());
        }
        return new CsvDatasets(ref, cur);
    }

    private static List<String> names(List<ColumnBuffer> columns) {
        List<String> names = new ArrayList<>();
        columns.forEach(c -> names.add(c.name()));
        return names;
    }
}
