package io.mdt.audit.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * How the changes of one entity class are audited.
 *
 * @param name the target type entries name, and the first part of their action ({@code model} in
 *     {@code model.updated})
 * @param table the entity's table, from its {@code @Table}: code, never user text
 * @param nameColumn the column that names a row for people, or {@code null}
 * @param bookkeeping columns that MDT itself moves on (last use, counters, versions): shown, but a
 *     change of only these is no entry
 * @param masked columns holding secrets, never recorded: {@code [masked]}, or {@code [changed]}
 * @param byPeopleOnly whether only changes with a caller are audited, as for alerts, which the
 *     evaluator raises and resolves by the thousand
 * @param related what the entity keeps in other tables (a user's teams), or {@code null}
 */
public record AuditedType(
        String name,
        Class<?> entity,
        String table,
        String nameColumn,
        Set<String> bookkeeping,
        Set<String> masked,
        boolean byPeopleOnly,
        Related related) {

    /**
     * What an entity keeps in other tables, added to its row. Read in SQL for the state before a
     * change; taken from the entity for the state after, because the provider writes those
     * tables only at the end of the commit.
     *
     * @param stored a SQL expression of a JSON object over the row {@code t}
     * @param current the same object from the entity
     */
    record Related(String stored, Function<Object, JsonObject> current) {}

    static final Set<String> ALWAYS_BOOKKEEPING = Set.of("version", "updated", "updated_at");

    public AuditedType {
        bookkeeping = union(ALWAYS_BOOKKEEPING, bookkeeping);
        masked = Set.copyOf(masked);
    }

    static AuditedType of(String name, Class<?> entity, String nameColumn, Set<String> bookkeeping) {
        return new AuditedType(name, entity, tableOf(entity), nameColumn, bookkeeping, Set.of(), false, null);
    }

    AuditedType masking(String... columns) {
        return new AuditedType(name, entity, table, nameColumn, bookkeeping, Set.of(columns), byPeopleOnly, related);
    }

    AuditedType byPeople() {
        return new AuditedType(name, entity, table, nameColumn, bookkeeping, masked, true, related);
    }

    AuditedType relating(String stored, Function<Object, JsonObject> current) {
        return new AuditedType(
                name, entity, table, nameColumn, bookkeeping, masked, byPeopleOnly, new Related(stored, current));
    }

    /** The row read after a change, with what the entity relates to as it holds it now. */
    JsonObject withCurrent(JsonObject row, Object instance) {
        if (related == null) {
            return row;
        }
        var merged = Json.createObjectBuilder(row);
        related.current().apply(instance).forEach(merged::add);
        return merged.build();
    }

    /** The id of an entity of this type, read from its {@code @Id} field. */
    Object idOf(Object instance) {
        var field = idField(entity);
        try {
            return field.get(instance);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read the id of " + entity.getName(), e);
        }
    }

    private static Field idField(Class<?> type) {
        var field = Arrays.stream(type.getDeclaredFields())
                .filter(f -> f.isAnnotationPresent(Id.class))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(type.getName() + " has no @Id field"));
        field.setAccessible(true);
        return field;
    }

    private static String tableOf(Class<?> entity) {
        var table = entity.getAnnotation(Table.class);
        if (table == null || table.name().isEmpty()) {
            throw new IllegalStateException(entity.getName() + " names no table");
        }
        return table.name();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        var all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
