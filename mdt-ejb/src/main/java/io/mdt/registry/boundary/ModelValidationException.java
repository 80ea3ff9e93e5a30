package io.mdt.registry.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A request about models breaks one or more rules.
 *
 * <p>Thrown before anything is written, so it does not roll the caller's transaction back:
 * a message listener can still record the rejection (dead-letter it) in that transaction.
 */
@ApplicationException(rollback = false)
public class ModelValidationException extends RuntimeException {

    private final transient List<Violation> violations;

    public ModelValidationException(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
