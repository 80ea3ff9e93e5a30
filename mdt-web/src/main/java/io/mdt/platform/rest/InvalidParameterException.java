package io.mdt.platform.rest;

import io.mdt.registry.boundary.Violation;
import java.util.List;

/** A query or path parameter that cannot be read as the expected type. */
public class InvalidParameterException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidParameterException(String parameter, String message) {
        super(parameter + " " + message);
        this.violations = List.of(new Violation(parameter, message));
    }

    public List<Violation> violations() {
        return violations;
    }
}
