package io.mdt.monitoring.boundary;

import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.Violation;
import java.util.List;

/**
 * Which models of the overview to read: those in one state (all without one) whose name, team or
 * owner contains the search text (ignoring case; all when blank), {@code size} of them from the
 * {@code first}, in the order of attention.
 */
public record OverviewQuery(ModelHealth health, String search, int first, int size) {

    public static final int MAX_SIZE = 200;
    public static final int MAX_SEARCH = 200;

    public OverviewQuery {
        if (first < 0 || size < 1 || size > MAX_SIZE) {
            throw new ModelValidationException(
                    List.of(new Violation("size", "first must be >= 0 and size between 1 and " + MAX_SIZE)));
        }
        search = search == null ? "" : search.strip();
        if (search.length() > MAX_SEARCH) {
            throw new ModelValidationException(
                    List.of(new Violation("search", "must be at most " + MAX_SEARCH + " characters")));
        }
    }
}
