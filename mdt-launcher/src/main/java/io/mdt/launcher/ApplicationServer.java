package io.mdt.launcher;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * A running Payara process as the supervisor sees it: the DAS, or one instance of the
 * deployment group. After a restart it waits for the same readiness as at the first start
 * (the application's own checks UP) on the server's URL, since the server answers long before
 * the application is loaded; a DAS that runs no application is ready once it started.
 */
final class ApplicationServer implements Supervised {

    private final String name;
    private final Runnable start;
    private final Runnable stop;
    private final LongSupplier readPid;
    private final Optional<String> readinessUrl;
    private final Duration readyTimeout;
    private volatile long pid;

    private ApplicationServer(
            String name,
            Runnable start,
            Runnable stop,
            LongSupplier readPid,
            Optional<String> readinessUrl,
            Duration readyTimeout) {
        this.name = name;
        this.start = start;
        this.stop = stop;
        this.readPid = readPid;
        this.readinessUrl = readinessUrl;
        this.readyTimeout = readyTimeout;
        this.pid = readPid.getAsLong();
    }

    /** Takes over the DAS, started and, if it runs MDT, ready at {@code readinessUrl}. */
    static ApplicationServer domain(PayaraDomain domain, Optional<String> readinessUrl, Duration readyTimeout) {
        return new ApplicationServer(
                readinessUrl.isPresent() ? "Payara Server" : "Payara DAS",
                domain::start,
                domain::stop,
                domain::serverPid,
                readinessUrl,
                readyTimeout);
    }

    /** Takes over instance {@code k} of the group, started and ready at {@code url}. */
    static ApplicationServer instance(DeploymentGroup group, int k, String url, Duration readyTimeout) {
        return new ApplicationServer(
                "Payara instance " + DeploymentGroup.instanceName(k),
                () -> group.start(k),
                () -> group.stop(k),
                () -> group.pid(k),
                Optional.of(url),
                readyTimeout);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long pid() {
        return pid;
    }

    /**
     * Starts the server again and returns once it is ready; a server that still runs (an
     * operator's restart, or one that did not become ready last time) is stopped first.
     */
    @Override
    public void restart() {
        if (alive()) {
            stop.run();
        }
        start.run();
        pid = readPid.getAsLong();
        readinessUrl.ifPresent(url -> Readiness.await(url, readyTimeout));
    }
}
