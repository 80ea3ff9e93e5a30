package io.mdt.registry.boundary;

import io.mdt.platform.entity.InstantConverter;
import io.mdt.registry.control.ModelListCache;
import io.mdt.registry.control.VersionTables;
import io.mdt.registry.entity.ModelVersion;
import io.mdt.registry.entity.MonitoredModel;
import io.mdt.security.boundary.TeamScope;
import io.mdt.security.boundary.Visibility;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The model registry's use cases: each public method is one transaction. */
@Stateless
public class MonitoredModels {

    private static final String UNIQUE_VIOLATION = "23505";

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    ModelListCache cache;

    @Inject
    VersionTables tables;

    @Inject
    Visibility visibility;

    @Inject
    Event<ModelChange> changes;

    @Inject
    Event<VersionsRemoved> removals;

    @Inject
    @ConfigProperty(name = "mdt.models.page-size.max", defaultValue = "200")
    int maxPageSize;

    public ModelSummary create(ModelDraft draft) {
        validate(draft);
        var team = visibility.teamOfNewModel(draft.team());
        requireFreeName(draft.name());
        var model = new MonitoredModel(
                draft.name(), draft.type(), draft.description(), draft.owner(), team, InstantConverter.now());
        em.persist(model);
        flush(draft.name());
        return announce(ModelChange.Kind.CREATED, model);
    }

    public ModelSummary get(long id) {
        return ModelSummary.of(find(id));
    }

    public ModelPage list(ModelQuery query) {
        var violations = query.violations(maxPageSize);
        if (!violations.isEmpty()) {
            throw new ModelValidationException(violations);
        }
        var scope = visibility.scope();
        if (scope.nothing()) {
            return new ModelPage(List.of(), 0, query.page(), query.size());
        }
        return cache.computeIfAbsent(scope.cacheKey() + "/" + query.cacheKey(), () -> read(query, scope));
    }

    public ModelSummary update(long id, ModelDraft draft) {
        validate(draft);
        var model = find(id);
        if (!model.holdsName(draft.name())) {
            requireFreeName(draft.name());
        }
        var team = visibility.teamOfMovedModel(draft.team(), model.getTeam());
        model.describe(draft.name(), draft.type(), draft.description(), draft.owner(), InstantConverter.now());
        model.moveTo(team, InstantConverter.now());
        flush(draft.name());
        return announce(ModelChange.Kind.UPDATED, model);
    }

    /**
     * Removes the model; the database deletes its versions with it, and their data tables go too.
     * Other components hear of the versions first, in this transaction, so that nothing of theirs
     * (a monitor's timer) outlives them.
     */
    public void delete(long id) {
        var model = find(id);
        var summary = ModelSummary.of(model);
        var versionIds = em.createNamedQuery(ModelVersion.OF_MODEL, ModelVersion.class)
                .setParameter("model", id)
                .getResultStream()
                .map(ModelVersion::getId)
                .toList();
        removals.fire(new VersionsRemoved(versionIds));
        versionIds.forEach(tables::drop);
        em.remove(model);
        changes.fire(new ModelChange(ModelChange.Kind.DELETED, summary, InstantConverter.now()));
    }

    private ModelPage read(ModelQuery query, TeamScope scope) {
        var attribute = ModelQuery.SORTABLE.get(query.sort());
        var where = scope.all() ? "" : scope.model() != null ? " WHERE m.id = :model" : " WHERE m.team IN :teams";
        var jpql = "SELECT m FROM MonitoredModel m" + where + " ORDER BY m." + attribute
                + (query.ascending() ? " ASC" : " DESC") + ", m.id ASC";
        var items = em.createQuery(jpql, MonitoredModel.class);
        var count = em.createQuery("SELECT COUNT(m) FROM MonitoredModel m" + where, Long.class);
        if (scope.model() != null) {
            items.setParameter("model", scope.model());
            count.setParameter("model", scope.model());
        } else if (!scope.all()) {
            items.setParameter("teams", scope.teams());
            count.setParameter("teams", scope.teams());
        }
        List<ModelSummary> page = items.setFirstResult(query.page() * query.size())
                .setMaxResults(query.size())
                .getResultStream()
                .map(ModelSummary::of)
                .toList();
        return new ModelPage(page, count.getSingleResult(), query.page(), query.size());
    }

    private MonitoredModel find(long id) {
        var model = em.find(MonitoredModel.class, id);
        if (model == null || !visibility.sees(model.getTeam(), id)) {
            throw new ModelNotFoundException(id);
        }
        return model;
    }

    private void validate(ModelDraft draft) {
        if (draft == null) {
            throw new ModelValidationException(List.of(new Violation("body", "must be a model")));
        }
        var violations = new ArrayList<>(draft.taskTypeViolations());
        validator.validate(draft).stream()
                .map(v -> new Violation(v.getPropertyPath().toString(), v.getMessage()))
                .forEach(violations::add);
        violations.sort(Comparator.comparing(Violation::field));
        if (!violations.isEmpty()) {
            throw new ModelValidationException(violations);
        }
    }

    private void requireFreeName(String name) {
        var taken = !em.createNamedQuery(MonitoredModel.BY_NAME, MonitoredModel.class)
                .setParameter("name", name.strip())
                .getResultList()
                .isEmpty();
        if (taken) {
            throw new DuplicateModelNameException(name.strip());
        }
    }

    /** Flushes now, so that a concurrent writer's name clash surfaces as a domain error. */
    private void flush(String name) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new DuplicateModelNameException(name.strip());
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable error) {
        for (var cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private ModelSummary announce(ModelChange.Kind kind, MonitoredModel model) {
        var summary = ModelSummary.of(model);
        changes.fire(new ModelChange(kind, summary, InstantConverter.now()));
        return summary;
    }
}
