package io.mdt.launcher;

import java.time.Duration;

/**
 * The running Payara Server as the supervisor sees it: its process, and, after a restart,
 * the same readiness as at the first start (the application's own checks UP), since the
 * server answers long before the application is loaded.
 */
final class ApplicationServer implements Supervised {

    private final PayaraDomain domain;
    private final String baseUrl;
    private final Duration readyTimeout;
    private volatile long pid;

    /** Takes over a domain that was started and answers ready. */
    ApplicationServer(PayaraDomain domain, String baseUrl, Duration readyTimeout) {
        this.domain = domain;
        this.baseUrl = baseUrl;
        this.readyTimeout = readyTimeout;
        this.pid = domain.serverPid();
    }

    @Override
    public String name() {
        return "Payara Server";
    }

    @Override
    public long pid() {
        return pid;
    }

    /**
     * Starts the server again and returns once MDT answers ready; a server that still runs (an
     * operator's restart, or one that did not become ready last time) is stopped first.
     */
    @Override
    public void restart() {
        if (alive()) {
            domain.stop();
        }
        domain.start();
        pid = domain.serverPid();
        Readiness.await(baseUrl, readyTimeout);
    }
}
