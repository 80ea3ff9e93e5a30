package io.mdt.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.LogManager;

/**
 * The command line behind {@code ./mdt run|stop|status|backup|restore}: starts the stack in the
 * foreground until Ctrl-C or {@code stop}, reports on a running one, and backs its database up
 * or restores it ({@link DatabaseBackup}). Exit codes: 0 done (for
 * {@code status}: every part ready), 1 failed to start or stop, or a part died and could not
 * be restarted, 2 bad usage (an unknown command or a malformed setting), 3 not running, 4
 * running but a part is not ready.
 */
public final class Launcher {

    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(3);

    private Launcher() {}

    public static void main(String[] args) {
        quietLogging();
        var command = args.length == 1 || args.length == 2 ? args[0] + "/" + args.length : "";
        try {
            switch (command) {
                case "run/1" -> run();
                case "status/1" -> System.exit(status());
                case "stop/1" -> stop();
                case "backup/2" -> backup(Path.of(args[1]));
                case "restore/2" -> restore(Path.of(args[1]));
                default -> usage();
            }
        } catch (InvalidSettingException e) {
            System.err.println("mdt: " + e.getMessage());
            System.exit(2);
        } catch (LaunchException e) {
            System.err.println("mdt: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void run() {
        var settings = settings();
        var pidFile = RunningInstance.pidFile(settings.home());
        if (RunningInstance.find(pidFile).isPresent()) {
            throw new LaunchException("MDT already runs from " + settings.home() + "; stop it with ./mdt stop");
        }
        System.out.println("Starting MDT from " + settings.home());
        long begin = System.nanoTime();
        var gaveUp = new CompletableFuture<String>();
        var stack = Stack.start(settings, System.out::println, gaveUp::complete);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping MDT...");
            stack.close();
            RunningInstance.forget(pidFile);
            System.out.println("MDT stopped.");
        }));
        RunningInstance.remember(pidFile, stack.urls());
        System.out.printf("%nMDT is ready (%.0f s):%n", (System.nanoTime() - begin) / 1e9);
        stack.urls().forEach((name, url) -> System.out.printf("  %-14s %s%n", name, url));
        System.out.println("\nPress Ctrl-C to stop.");
        var reason = gaveUp.join();
        System.err.println("mdt: " + reason + "; stopping MDT");
        System.exit(1);
    }

    /** One line per part of MDT with what was checked; the URLs only when everything is ready. */
    private static int status() {
        var settings = settings();
        var home = settings.home();
        var instance = RunningInstance.find(RunningInstance.pidFile(home));
        if (instance.isEmpty()) {
            System.out.println("MDT is not running from " + home);
            return 3;
        }
        var states = StackStatus.check(settings);
        boolean ready = states.stream().allMatch(ComponentState::ready);
        System.out.println("MDT " + (ready ? "is running" : "is DEGRADED") + " (launcher pid "
                + instance.get().pid() + ") from " + home);
        states.forEach(state -> System.out.println(state.line()));
        if (!ready) {
            return 4;
        }
        System.out.print(RunningInstance.describe(RunningInstance.pidFile(home)));
        return 0;
    }

    private static void stop() {
        var home = settings().home();
        var instance = RunningInstance.find(RunningInstance.pidFile(home))
                .orElseThrow(() -> new LaunchException("MDT is not running from " + home));
        System.out.println("Stopping MDT (launcher pid " + instance.pid() + ")...");
        instance.destroy();
        try {
            instance.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            System.out.println("MDT stopped.");
        } catch (Exception e) {
            throw new LaunchException("MDT did not stop within " + STOP_TIMEOUT.toMinutes() + " minutes");
        }
    }

    /**
     * Dumps the database to the file: the running MDT's, or the embedded one started for the
     * dump when MDT is stopped.
     */
    private static void backup(Path file) {
        var settings = settings();
        withDatabase(settings, database -> DatabaseBackup.dump(database, file));
        System.out.println("Backed up MDT's database to " + file);
    }

    /** Restores a dump into the empty database of a new MDT_HOME (or an empty external one), MDT stopped. */
    private static void restore(Path file) {
        var settings = settings();
        if (RunningInstance.find(RunningInstance.pidFile(settings.home())).isPresent()) {
            throw new LaunchException("MDT runs from " + settings.home() + "; stop it before a restore");
        }
        withDatabase(settings, database -> DatabaseBackup.restore(database, file));
        System.out.println("Restored " + file + "; start MDT with ./mdt start");
    }

    /** Runs the work against MDT's database, starting the embedded one for it when nothing runs. */
    private static void withDatabase(LaunchSettings settings, Consumer<DatabaseAddress> work) {
        if (settings.database().isPresent()) {
            work.accept(settings.database().get());
            return;
        }
        if (RunningInstance.find(RunningInstance.pidFile(settings.home())).isPresent()) {
            work.accept(EmbeddedDatabase.address(
                    settings, PasswordFile.readOrCreate(EmbeddedDatabase.applicationPasswordFile(settings.home()))));
            return;
        }
        try (var database = EmbeddedDatabase.start(
                settings,
                Files.createDirectories(settings.home().resolve("logs")).resolve("postgres.log"))) {
            work.accept(database.address());
        } catch (IOException e) {
            throw new LaunchException("the embedded database did not stop: " + e.getMessage(), e);
        }
    }

    private static void usage() {
        System.err.println("usage: mdt-launcher run|status|stop|backup FILE|restore FILE");
        System.exit(2);
    }

    static LaunchSettings settings() {
        var built = builtProperties();
        return LaunchSettings.from(
                System.getenv(),
                Path.of(System.getProperty("mdt.payara.zip", built.getProperty("payara.zip"))),
                Path.of(System.getProperty("mdt.keycloak.zip", built.getProperty("keycloak.zip"))),
                Path.of(System.getProperty("mdt.ear", "mdt-ear/target/mdt.ear")),
                Path.of(System.getProperty("mdt.rar", "server-config/artemis-rar/target/artemis-rar.rar")));
    }

    private static Properties builtProperties() {
        try (InputStream in = Launcher.class.getResourceAsStream("/launcher.properties")) {
            var properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps the embedded broker's per-connection audit messages off the console. */
    public static void quietLogging() {
        try (InputStream in = Launcher.class.getResourceAsStream("/launcher-logging.properties")) {
            LogManager.getLogManager().readConfiguration(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
