package io.mdt.launcher;

/**
 * What {@code ./mdt status} found for one part of MDT: whether it is ready to serve, and what
 * was checked to know it.
 */
record ComponentState(String component, boolean ready, String detail) {

    static ComponentState ready(String component, String detail) {
        return new ComponentState(component, true, detail);
    }

    static ComponentState notReady(String component, String detail) {
        return new ComponentState(component, false, detail);
    }

    String line() {
        return String.format("  %-22s %-9s %s", component, ready ? "ready" : "NOT READY", detail);
    }
}
