package io.mdt.audit.control;

import io.mdt.audit.boundary.AuditQuery;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JPQL condition of an {@link AuditQuery} and its parameters, every value bound, never
 * written into the query. A filter that cannot match (too long, a time range the wrong way
 * round) or a page out of bounds is refused, naming each bad field.
 */
public final class AuditFilter {

    public static final int MAX_PAGE_SIZE = 500;
    static final int MAX_TEXT = 200;

    private final StringBuilder where = new StringBuilder(" FROM AuditEntry e WHERE 1 = 1");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private AuditFilter() {}

    /** The filter of a query to list a page of; throws a validation error for a bad one. */
    public static AuditFilter of(AuditQuery query) {
        var violations = new ArrayList<Violation>();
        if (query.page() < 0 || query.size() < 1 || query.size() > MAX_PAGE_SIZE) {
            violations.add(new Violation("size", "page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE));
        }
        return filtered(query, violations);
    }

    /** The filter of a query to export, whatever its page. */
    public static AuditFilter forExport(AuditQuery query) {
        return filtered(query, new ArrayList<>());
    }

    private static AuditFilter filtered(AuditQuery query, List<Violation> violations) {
        var filter = new AuditFilter();
        var actor = text("actor", query.actor(), violations);
        var action = text("action", query.action(), violations);
        var targetType = text("targetType", query.targetType(), violations);
        var targetId = text("targetId", query.targetId(), violations);
        if (query.from() != null && query.to() != null && !query.from().isBefore(query.to())) {
            violations.add(new Violation("from", "must be before 'to'"));
        }
        if (!violations.isEmpty()) {
            throw new ModelValidationException(violations);
        }
        if (actor != null) {
            filter.add(" AND LOWER(e.actor) = :actor", "actor", actor.toLowerCase(Locale.ROOT));
        }
        if (action != null && (action.endsWith(".") || action.endsWith("*"))) {
            var prefix = action.endsWith("*") ? action.substring(0, action.length() - 1) : action;
            filter.add(" AND e.action LIKE :action ESCAPE '!'", "action", likePrefix(prefix));
        } else if (action != null) {
            filter.add(" AND e.action = :action", "action", action);
        }
        if (targetType != null) {
            filter.add(" AND e.targetType = :targetType", "targetType", targetType);
        }
        if (targetId != null) {
            filter.add(" AND e.targetId = :targetId", "targetId", targetId);
        }
        if (query.from() != null) {
            filter.add(" AND e.at >= :from", "from", query.from());
        }
        if (query.to() != null) {
            filter.add(" AND e.at < :to", "to", query.to());
        }
        return filter;
    }

    /** A LIKE pattern matching what begins with the text, its wildcards escaped with {@code !}. */
    static String likePrefix(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private void add(String condition, String name, Object value) {
        where.append(condition);
        parameters.put(name, value);
    }

    private static String text(String field, String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var text = value.strip();
        if (text.length() > MAX_TEXT) {
            violations.add(new Violation(field, "must be at most " + MAX_TEXT + " characters"));
            return null;
        }
        return text;
    }

    /** {@code FROM ... WHERE ...}, to follow a {@code SELECT}. */
    public String where() {
        return where.toString();
    }

    public Map<String, Object> parameters() {
        return Map.copyOf(parameters);
    }
}
