package io.mdt.launcher;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real operating-system process ({@code sleep}) under supervision, standing in for a server:
 * it dies when killed, and a restart starts a new one, or fails for as many restarts as asked.
 */
final class SleepingProcess implements Supervised {

    private final String seconds;
    private final AtomicInteger restarts = new AtomicInteger();
    private volatile int failingRestarts;
    private volatile Process process;

    /** @param seconds how long each started process lives, as {@code sleep} reads it */
    SleepingProcess(String seconds) {
        this.seconds = seconds;
        this.process = launch();
    }

    SleepingProcess failingRestarts(int count) {
        failingRestarts = count;
        return this;
    }

    int restarts() {
        return restarts.get();
    }

    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public String name() {
        return "sleep " + seconds;
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public boolean alive() {
        return process.isAlive();
    }

    @Override
    public void restart() {
        restarts.incrementAndGet();
        if (failingRestarts > 0) {
            failingRestarts--;
            throw new LaunchException("refused to start");
        }
        process = launch();
    }

    void stop() {
        process.destroyForcibly();
    }

    private Process launch() {
        try {
            return new ProcessBuilder("sleep", seconds).start();
        } catch (IOException e) {
            throw new LaunchException("cannot run sleep: " + e.getMessage(), e);
        }
    }
}
