package io.mdt.engine.cli;

import io.mdt.engine.drift.DriftEngine;
import io.mdt.engine.drift.DriftOptions;
import io.mdt.engine.report.DriftReport;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -jar mdt-engine.jar compare --reference REF.csv --current CUR.csv ...}: compares two
 * CSV files and prints the drift report; {@code performance --data FILE.csv ...} prints a model's
 * realized metrics ({@link PerformanceCommand}); {@code estimate} estimates performance without
 * actuals ({@link EstimateCommand}). Exit code 0; 1 with {@code --fail-on-drift} when the dataset
 * drifted; 2 with one line on stderr for bad usage or unreadable input; 3 with one line for a bug.
 */
public final class Main {

    static final int OK = 0;
    static final int DRIFT = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    static final String COMMANDS =
            "the commands are compare, performance and estimate; mdt-engine --help lists their options";

    private Main() {}

    private static int help(PrintStream out) {
        out.println(CompareArguments.USAGE);
        out.println(PerformanceArguments.USAGE);
        out.println(EstimateArguments.USAGE);
        return OK;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int code = run(args, out, System.err);
        out.flush();
        System.exit(code);
    }

    /** Runs the command line; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        ProgressMeter progress = new ProgressMeter(err);
        try {
            List<String> list = Arrays.asList(args);
            String command = list.isEmpty() ? "" : list.get(0);
            List<String> rest = list.isEmpty() ? list : list.subList(1, list.size());
            return switch (command) {
                case "compare" -> compare(CompareArguments.parse(rest), out, progress);
                case "performance" -> PerformanceCommand.run(rest, out, progress);
                case "estimate" -> EstimateCommand.run(rest, out);
                case "--help", "-h" -> help(out);
                default ->
                    throw new UsageException(
                            (command.isEmpty() ? "missing command" : "unknown command " + command) + "; " + COMMANDS);
            };
        } catch (UsageException e) {
            progress.finish();
            err.println("mdt-engine: " + e.getMessage());
            return USAGE;
        } catch (OutOfMemoryError e) {
            progress.finish();
            err.println("mdt-engine: out of memory; give the JVM more heap with -Xmx");
            return USAGE;
        } catch (RuntimeException e) {
            progress.finish();
            err.println("mdt-engine: internal error (please report): " + e);
            return INTERNAL;
        }
    }

    private static int compare(CompareArguments args, PrintStream out, ProgressMeter progress) {
        CsvDatasets data = CsvDatasets.read(args, progress);
        DriftOptions options = OptionsFromArguments.of(args, data.reference());
        DriftReport report = new DriftEngine(options)
                .compare(
                        data.reference(),
                        data.current(),
                        (done, total) ->
                                progress.show("comparing " + done + "/" + total + " columns", (double) done / total));
        progress.finish();
        out.print(
                switch (args.format()) {
                    case "text" -> TextReport.of(report);
                    case "html" -> HtmlReport.of(report);
                    default -> JsonReport.of(report);
                });
        return args.failOnDrift() && report.datasetDrift() ? DRIFT : OK;
    }
}
