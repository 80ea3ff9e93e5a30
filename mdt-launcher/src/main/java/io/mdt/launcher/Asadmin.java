package io.mdt.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Runs Payara's {@code asadmin} tool against the MDT domain, logging its output to a file
 * and turning a failure into one line that quotes what asadmin said. Every call logs in as
 * the domain's administrator with the password file of {@link AdminLogin}, so no password
 * ever appears on a command line.
 */
final class Asadmin {

    private static final long TIMEOUT_MINUTES = 10;
    private static final OpenOption[] APPEND = {StandardOpenOption.CREATE, StandardOpenOption.APPEND};
    private static final Pattern FAILED_COMMAND = Pattern.compile("^Command \\S+ failed\\.", Pattern.MULTILINE);

    private final Path executable;
    private final String adminHost;
    private final int adminPort;
    private final Path log;
    private final AdminLogin login;

    Asadmin(Path installation, String adminHost, int adminPort, Path log, AdminLogin login) {
        this.executable = installation.resolve("bin/asadmin");
        this.adminHost = adminHost;
        this.adminPort = adminPort;
        this.log = log;
        this.login = login;
    }

    /** Runs a remote subcommand against the running domain's admin port. */
    void run(String... arguments) {
        withPasswordFile(login.passwordFile(), arguments);
    }

    /**
     * Runs a local subcommand (create, start, stop a domain), which takes no admin port;
     * {@code detached} puts it in its own session, so that a Ctrl-C meant for the launcher
     * does not kill the server before the launcher stops it cleanly.
     */
    void local(boolean detached, String... arguments) {
        var command = new ArrayList<String>();
        if (detached && Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid");
        }
        command.addAll(List.of(
                executable.toString(),
                "--interactive=false",
                "--user",
                AdminLogin.USER,
                "--passwordfile",
                login.passwordFile().toString()));
        command.addAll(List.of(arguments));
        execute(command, arguments[0]);
    }

    /**
     * Runs a remote subcommand whose own secrets come from a password file, e.g.
     * create-password-alias; the file also holds the administrator's line.
     */
    void withPasswordFile(Path passwordFile, String... arguments) {
        var command = new ArrayList<>(List.of(
                executable.toString(),
                "--interactive=false",
                "--user",
                AdminLogin.USER,
                "--host",
                adminHost,
                "--port",
                String.valueOf(adminPort),
                "--passwordfile",
                passwordFile.toString()));
        command.addAll(List.of(arguments));
        execute(command, arguments[0]);
    }

    /**
     * Runs one asadmin invocation, its output going to a file of its own so that a command
     * that never ends is stopped at the timeout rather than waited for. A script run by
     * {@code multimode} carries on past a failed command and still exits 0, so its output is
     * searched for failures too.
     */
    private void execute(List<String> command, String subcommand) {
        try {
            var outputFile = Files.createTempFile(log.getParent(), "asadmin", ".out");
            long started = System.nanoTime();
            try {
                var process = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(outputFile.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .start();
                if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new LaunchException(
                            "asadmin " + subcommand + " did not finish in " + TIMEOUT_MINUTES + " minutes");
                }
                var output = Files.readString(outputFile, StandardCharsets.UTF_8);
                Files.writeString(
                        log,
                        "\n$ " + String.join(" ", command) + "\n" + output + "(exit " + process.exitValue() + " after "
                                + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms)\n",
                        APPEND);
                if (process.exitValue() != 0 || FAILED_COMMAND.matcher(output).find()) {
                    throw new LaunchException(
                            "asadmin " + subcommand + " failed: " + summary(output) + " (full output in " + log + ")");
                }
            } finally {
                Files.deleteIfExists(outputFile);
            }
        } catch (IOException e) {
            throw new LaunchException("cannot run asadmin " + subcommand + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while running asadmin " + subcommand, e);
        }
    }

    /**
     * The lines that say what went wrong, without the usage text asadmin prints after them;
     * when none names an error (a server that exited or a port already in use is said in plain
     * words), the last lines before asadmin's own "Command ... failed.".
     */
    static String summary(String output) {
        var told = output.lines()
                .filter(line -> !line.isBlank() && !line.startsWith("Usage:") && !line.contains("NCLS-SECURITY"))
                .filter(line -> !FAILED_COMMAND.matcher(line).find())
                .toList();
        var errors = told.stream()
                .filter(line -> line.contains("fail") || line.contains("rror") || line.contains("Invalid"))
                .distinct()
                .toList();
        if (!errors.isEmpty()) {
            return String.join(" | ", errors.subList(0, Math.min(4, errors.size())));
        }
        return told.isEmpty()
                ? "no detail"
                : String.join(" | ", told.subList(Math.max(0, told.size() - 4), told.size()));
    }
}
