package io.mdt.launcher;

/**
 * A process the launcher started and brings back when it dies: the application server, the
 * embedded database and the embedded Keycloak. (The embedded broker runs inside the launcher's own JVM; if that
 * dies, so does the supervisor, and the operator's service manager takes over.)
 */
interface Supervised {

    /** How the operator knows the process, in log lines and status reports. */
    String name();

    /** Its operating-system process id. */
    long pid();

    /** Whether that process still runs. */
    default boolean alive() {
        return ProcessHandle.of(pid()).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Starts it again after it died, returning only once it serves again; fails with a reason. */
    void restart();
}
