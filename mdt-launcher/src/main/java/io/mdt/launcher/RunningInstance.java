package io.mdt.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The pid file of a running launcher, so that {@code ./mdt stop} and {@code ./mdt status}
 * find it. Its first line is the pid; the following lines are the URLs it serves.
 */
final class RunningInstance {

    private RunningInstance() {}

    static Path pidFile(Path home) {
        return home.resolve("mdt.pid");
    }

    static Optional<ProcessHandle> find(Path pidFile) {
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            var pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    static void remember(Path pidFile, Map<String, String> urls) {
        var content = new StringBuilder().append(ProcessHandle.current().pid()).append('\n');
        urls.forEach((name, url) -> content.append(String.format("  %-14s %s%n", name, url)));
        try {
            Files.writeString(pidFile, content);
        } catch (IOException e) {
            throw new LaunchException("cannot write " + pidFile + ": " + e.getMessage(), e);
        }
    }

    static String describe(Path pidFile) {
        try {
            var lines = Files.readAllLines(pidFile);
            return String.join("\n", lines.subList(1, lines.size())) + "\n";
        } catch (IOException e) {
            return "";
        }
    }

    static void forget(Path pidFile) {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // a stale pid file is recognised by its dead process
        }
    }
}
