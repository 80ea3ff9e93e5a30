package io.mdt.monitoring.boundary;

import io.mdt.registry.boundary.ModelVersions;
import io.mdt.registry.boundary.VisibleModels;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Every model's health, judged in the database so that the overview is filtered, counted and
 * paged there, whatever the number of models: the latest finished run of each monitor (one index
 * probe per monitor) decides, in the precedence {@link ModelHealth} gives. This is the one place
 * the precedence is written; the API's status of a model reads it here too.
 */
@Stateless
public class ModelOverview {

    /** The order of attention: the worst health first. */
    public static final List<ModelHealth> ATTENTION = List.of(
            ModelHealth.DEGRADED, ModelHealth.DRIFTING, ModelHealth.WARNING, ModelHealth.NO_DATA, ModelHealth.HEALTHY);

    /** The windows a sparkline shows. */
    public static final int SPARKLINE_WINDOWS = 30;

    private static final String JUDGED = """
            WITH latest AS (
                SELECT v.model_id, r.degraded, r.dataset_drift,
                       r.prediction_drift OR r.target_drift OR r.drifted > 0 AS column_drift, r.finished
                FROM monitor mo
                JOIN model_version v ON v.id = mo.version_id
                JOIN LATERAL (
                    SELECT * FROM evaluation_run e WHERE e.monitor_id = mo.id AND e.status = 'DONE'
                    ORDER BY e.window_index DESC LIMIT 1) r ON TRUE),
            judged AS (
                SELECT model_id,
                       CASE WHEN bool_or(degraded) THEN 'DEGRADED'
                            WHEN bool_or(dataset_drift) THEN 'DRIFTING'
                            WHEN bool_or(column_drift) THEN 'WARNING'
                            ELSE 'HEALTHY' END AS health,
                       max(finished) AS last_evaluated
                FROM latest GROUP BY model_id),
            overview AS (
                SELECT m.id, m.name, m.team, m.owner, COALESCE(j.health, 'NO_DATA') AS health, j.last_evaluated
                FROM monitored_model m LEFT JOIN judged j ON j.model_id = m.id)
            """;

    private static final String MAIN_METRIC = """
            WITH main AS (
                SELECT DISTINCT ON (v.model_id) v.model_id, mo.id AS monitor_id
                FROM monitor mo JOIN model_version v ON v.id = mo.version_id
                WHERE v.model_id = ANY (string_to_array(?1, ',')::bigint[])
                  AND EXISTS (SELECT 1 FROM evaluation_run e WHERE e.monitor_id = mo.id AND e.status = 'DONE')
                ORDER BY v.model_id, v.id DESC, mo.id)
            SELECT main.model_id, p.metric, p.value, p.share
            FROM main JOIN LATERAL (
                SELECT r.window_index, mr.metric, COALESCE(mr.realized, mr.estimated) AS value, r.share
                FROM evaluation_run r LEFT JOIN metric_result mr ON mr.run_id = r.id AND mr.position = 0
                WHERE r.monitor_id = main.monitor_id AND r.status = 'DONE'
                ORDER BY r.window_index DESC LIMIT ?2) p ON TRUE
            ORDER BY main.model_id, p.window_index
            """;

    @PersistenceContext
    EntityManager em;

    @Inject
    ModelVersions versions;

    /** The models of the caller's teams that the query chooses, in the order of attention, then by name. */
    public List<OverviewEntry> page(OverviewQuery query) {
        var visible = versions.visible();
        if (visible.none()) {
            return List.of();
        }
        var rows = bound(
                        em.createNativeQuery(JUDGED
                                + "SELECT o.id, o.name, o.team, o.owner, o.health, o.last_evaluated"
                                + filter(query)
                                + " ORDER BY " + attentionRank() + ", o.name, o.id LIMIT ?7 OFFSET ?8"),
                        visible,
                        query)
                .setParameter(7, query.size())
                .setParameter(8, query.first())
                .getResultList();
        return ((List<?>) rows).stream().map(row -> entry((Object[]) row)).toList();
    }

    /** How many of the caller's models the query matches, whatever its page. */
    public long count(OverviewQuery query) {
        var visible = versions.visible();
        if (visible.none()) {
            return 0;
        }
        return ((Number) bound(em.createNativeQuery(JUDGED + "SELECT count(*)" + filter(query)), visible, query)
                        .getSingleResult())
                .longValue();
    }

    private static String filter(OverviewQuery query) {
        var filter =
                new StringBuilder(" FROM overview o WHERE (?1 OR o.id = ANY (string_to_array(?2, ',')::bigint[]))");
        if (query.health() != null) {
            filter.append(" AND o.health = ?3");
        }
        if (!query.search().isEmpty()) {
            filter.append(" AND (lower(o.name) LIKE ?4 ESCAPE '\\' OR lower(o.team) LIKE ?5 ESCAPE '\\'"
                    + " OR lower(o.owner) LIKE ?6 ESCAPE '\\')");
        }
        return filter.toString();
    }

    /** How many of the caller's models are in each state. */
    public Map<ModelHealth, Long> counts() {
        var counts = new EnumMap<ModelHealth, Long>(ModelHealth.class);
        ATTENTION.forEach(health -> counts.put(health, 0L));
        var visible = versions.visible();
        if (visible.none()) {
            return counts;
        }
        var rows = visibility(
                        em.createNativeQuery(JUDGED + "SELECT o.health, count(*) FROM overview o"
                                + " WHERE (?1 OR o.id = ANY (string_to_array(?2, ',')::bigint[])) GROUP BY o.health"),
                        visible)
                .getResultList();
        for (var row : (List<?>) rows) {
            var cells = (Object[]) row;
            counts.put(ModelHealth.valueOf((String) cells[0]), ((Number) cells[1]).longValue());
        }
        return counts;
    }

    /** One model's health and when it was last evaluated, whoever asks (callers check visibility). */
    public OverviewEntry entry(long modelId) {
        return entry((Object[]) em.createNativeQuery(
                        JUDGED
                                + "SELECT o.id, o.name, o.team, o.owner, o.health, o.last_evaluated FROM overview o WHERE o.id = ?1")
                .setParameter(1, modelId)
                .getSingleResult());
    }

    private static OverviewEntry entry(Object[] cells) {
        return new OverviewEntry(
                ((Number) cells[0]).longValue(),
                (String) cells[1],
                (String) cells[2],
                (String) cells[3],
                ModelHealth.valueOf((String) cells[4]),
                instant(cells[5]));
    }

    /** The health of each of these models, by id, for pages that list models read elsewhere. */
    public Map<Long, ModelHealth> health(Collection<Long> modelIds) {
        if (modelIds.isEmpty()) {
            return Map.of();
        }
        var health = new LinkedHashMap<Long, ModelHealth>();
        var rows = em.createNativeQuery(JUDGED
                        + "SELECT o.id, o.health FROM overview o WHERE o.id = ANY (string_to_array(?1, ',')::bigint[])")
                .setParameter(1, ids(modelIds))
                .getResultList();
        for (var row : (List<?>) rows) {
            var cells = (Object[]) row;
            health.put(((Number) cells[0]).longValue(), ModelHealth.valueOf((String) cells[1]));
        }
        return health;
    }

    /** The main figure of each of these models that has been evaluated, by model id. */
    public Map<Long, MainMetric> mainMetrics(Collection<Long> modelIds) {
        if (modelIds.isEmpty()) {
            return Map.of();
        }
        var rows = em.createNativeQuery(MAIN_METRIC)
                .setParameter(1, ids(modelIds))
                .setParameter(2, SPARKLINE_WINDOWS)
                .getResultList();
        var byModel = new LinkedHashMap<Long, List<Object[]>>();
        for (var row : (List<?>) rows) {
            var cells = (Object[]) row;
            byModel.computeIfAbsent(((Number) cells[0]).longValue(), id -> new ArrayList<>())
                    .add(cells);
        }
        var metrics = new LinkedHashMap<Long, MainMetric>();
        byModel.forEach((model, windows) -> metrics.put(model, mainMetric(windows)));
        return metrics;
    }

    /**
     * The latest valued window's metric when a window has a value of one (realized or
     * estimated), else the drifted share.
     */
    private static MainMetric mainMetric(List<Object[]> windows) {
        var metric = windows.stream()
                .filter(w -> w[1] != null && w[2] != null)
                .reduce((first, second) -> second)
                .map(w -> (String) w[1]);
        if (metric.isEmpty()) {
            return new MainMetric(
                    MainMetric.DRIFTED_SHARE,
                    windows.stream()
                            .map(w -> w[3])
                            .filter(Objects::nonNull)
                            .map(ModelOverview::number)
                            .toList());
        }
        return new MainMetric(
                metric.get(),
                windows.stream()
                        .filter(w -> metric.get().equals(w[1]) && w[2] != null)
                        .map(w -> number(w[2]))
                        .toList());
    }

    private static Query bound(Query query, VisibleModels visible, OverviewQuery overview) {
        visibility(query, visible);
        if (overview.health() != null) {
            query.setParameter(3, overview.health().name());
        }
        if (!overview.search().isEmpty()) {
            var pattern = "%" + likeEscaped(overview.search().toLowerCase(Locale.ROOT)) + "%";
            query.setParameter(4, pattern).setParameter(5, pattern).setParameter(6, pattern);
        }
        return query;
    }

    private static Query visibility(Query query, VisibleModels visible) {
        return query.setParameter(1, visible.all()).setParameter(2, ids(visible.ids()));
    }

    /** The CASE giving each state its place in {@link #ATTENTION}; only the enum's own names enter the SQL. */
    private static String attentionRank() {
        var rank = new StringBuilder("CASE o.health");
        for (int i = 0; i < ATTENTION.size(); i++) {
            rank.append(" WHEN '")
                    .append(ATTENTION.get(i).name())
                    .append("' THEN ")
                    .append(i);
        }
        return rank.append(" END").toString();
    }

    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String ids(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return (Instant) value;
    }
}
