package io.mdt.platform.boundary;

/** Whether a backing service answers, and what it said or why not. */
public record ComponentStatus(boolean up, String detail) {

    static ComponentStatus up(String detail) {
        return new ComponentStatus(true, detail);
    }

    static ComponentStatus down(Exception cause) {
        return new ComponentStatus(false, cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }
}
