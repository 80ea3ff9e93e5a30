package io.mdt.platform.rest;

/** Every kind of problem the API reports; the URNs are stable and documented in docs/api.md. */
public enum ProblemType {
    VALIDATION("validation", "The request breaks one or more rules", 400),
    MALFORMED_REQUEST("malformed-request", "The request body cannot be read as the expected JSON or CSV", 400),
    UNAUTHENTICATED("unauthenticated", "The request must prove who makes it", 401),
    FORBIDDEN("forbidden", "The caller's roles do not allow this operation", 403),
    NOT_FOUND("not-found", "No such resource", 404),
    DUPLICATE_NAME("duplicate-name", "The name is already taken", 409),
    CONFLICT("conflict", "The change cannot be made as things are", 409),
    ALERT_STATE("alert-state", "The action does not apply to the alert in its current state", 409),
    BATCH_TOO_LARGE("batch-too-large", "The batch holds more records than one request may", 413),
    HTTP("http", "The HTTP request cannot be served", 0),
    INTERNAL("internal", "Internal error", 500),
    UNAVAILABLE("unavailable", "Storage the server depends on cannot be used now", 503);

    private final String name;
    private final String title;
    private final int status;

    ProblemType(String name, String title, int status) {
        this.name = name;
        this.title = title;
        this.status = status;
    }

    public String uri() {
        return "urn:mdt:problem:" + name;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }
}
