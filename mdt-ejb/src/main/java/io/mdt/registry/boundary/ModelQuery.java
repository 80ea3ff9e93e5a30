package io.mdt.registry.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which page of the model list to read, in which order.
 *
 * @param page zero-based page number
 * @param size models per page
 * @param sort a sortable property: {@code name}, {@code taskType}, {@code owner}, {@code created}, {@code updated}
 * @param ascending sort direction
 */
public record ModelQuery(int page, int size, String sort, boolean ascending) {

    /** Sortable properties, mapped to the entity attribute each sorts by. */
    static final Map<String, String> SORTABLE = Map.of(
            "id", "id",
            "name", "name",
            "taskType", "taskType",
            "owner", "owner",
            "team", "team",
            "created", "created",
            "updated", "updated");

    List<Violation> violations(int maxSize) {
        var violations = new ArrayList<Violation>();
        if (page < 0) {
            violations.add(new Violation("page", "must be zero or positive"));
        }
        if (size < 1 || size > maxSize) {
            violations.add(new Violation("size", "must be between 1 and " + maxSize));
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            violations.add(new Violation("page", "reaches beyond the last model any page can hold"));
        }
        if (!SORTABLE.containsKey(sort)) {
            violations.add(new Violation("sort", "must be one of " + String.join(", ", SORTABLE.keySet())));
        }
        return violations;
    }

    String cacheKey() {
        return page + ":" + size + ":" + sort + ":" + (ascending ? "asc" : "desc");
    }
}
