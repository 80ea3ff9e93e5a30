package io.mdt.system;

import io.mdt.launcher.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A command of the machine (Alertmanager, Prometheus) run by a test in a process of its own, on a
 * free port of 127.0.0.1, with a temporary folder for its configuration, data and log, asked over
 * HTTP. {@link #start} returns once {@code /-/ready} answers, and skips the calling test, not
 * fails it, when the command is not installed ({@code .ci/run} installs it). {@link #close} stops
 * exactly this process and removes its folder; a shutdown hook does the same should the JVM end
 * first.
 */
final class LocalServer implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String command;
    private final Process process;
    private final Path folder;
    private final int port;
    private final Thread stopOnExit;

    private LocalServer(String command, Process process, Path folder, int port) {
        this.command = command;
        this.process = process;
        this.folder = folder;
        this.port = port;
        this.stopOnExit = new Thread(process::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /**
     * @param folder the server's folder, holding what {@code arguments} names
     * @param arguments the command's arguments for the port it is to listen on
     */
    static LocalServer start(String command, Path folder, IntFunction<List<String>> arguments, Duration ready)
            throws IOException, InterruptedException {
        var executable = onPath(command);
        Assumptions.assumeTrue(executable.isPresent(), command + " is not installed (.ci/run installs it)");
        int port = Ports.free();
        var line = new ArrayList<String>(List.of(executable.get().toString()));
        line.addAll(arguments.apply(port));
        var process = new ProcessBuilder(line)
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve(command + ".log").toFile())
                .start();
        var server = new LocalServer(command, process, folder, port);
        try {
            server.awaitReady(ready);
            return server;
        } catch (RuntimeException | InterruptedException e) {
            server.close();
            throw e;
        }
    }

    /** The base URL, {@code http://127.0.0.1:<port>}. */
    String url() {
        return "http://127.0.0.1:" + port;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url() + path))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** What the command printed, for failure messages. */
    String log() {
        try {
            return Files.readString(folder.resolve(command + ".log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway, harmlessly, on a process already stopped
        }
        deleteRecursively(folder);
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        var deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(command + " exited with " + process.exitValue() + ": " + log());
            }
            try {
                if (get("/-/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // asked again below
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(command + " was not ready within " + timeout + ": " + log());
    }

    static Optional<Path> onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(folder -> !folder.isEmpty())
                .map(folder -> Path.of(folder, command))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
