package io.mdt.serving.boundary;

import io.mdt.engine.performance.ClassLabels;
import io.mdt.platform.entity.InstantConverter;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.ModelVersions;
import io.mdt.registry.boundary.Violation;
import io.mdt.registry.entity.ColumnRole;
import io.mdt.registry.entity.ModelVersion;
import io.mdt.registry.entity.SchemaColumn;
import io.mdt.registry.entity.TaskType;
import io.mdt.registry.entity.ValueType;
import io.mdt.serving.control.ArtifactStore;
import io.mdt.serving.control.ServableModel;
import io.mdt.serving.entity.ArtifactContent;
import io.mdt.serving.entity.VersionArtifact;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The model a version's predictions come from. An upload is read and checked against the
 * version before it is stored: it must be a model of the version's task, reading only numerical
 * features of the version's schema, and a classifier needs the version's prediction column;
 * what the model reads and gives is kept beside it.
 */
@Stateless
public class Artifacts {

    /** The formats MDT serves. */
    public static final Set<String> FORMATS = Set.of("tribuo");

    @PersistenceContext
    EntityManager em;

    @Inject
    ModelVersions versions;

    @Inject
    ArtifactStore store;

    @Resource
    SessionContext context;

    /** Stores the artifact as the version's model, in place of the one it had. */
    public ArtifactSummary upload(String model, String label, String format, byte[] content) {
        if (format == null || !FORMATS.contains(format.strip().toLowerCase(Locale.ROOT))) {
            throw invalid("format", "must be one of " + String.join(", ", FORMATS));
        }
        if (content.length == 0) {
            throw invalid("body", "the artifact is empty");
        }
        var version = versions.version(model, label);
        ServableModel servable;
        try {
            servable = ServableModel.read(content);
        } catch (IllegalArgumentException unreadable) {
            throw invalid("body", unreadable.getMessage());
        }
        checkFits(servable, version);
        var sha256 = sha256(content);
        var held = store.of(version.getId());
        var artifact = held.orElseGet(() -> new VersionArtifact(version.getId(), "TRIBUO"));
        artifact.uploaded(
                sha256,
                content.length,
                servable.features(),
                servable.outputs(),
                context.getCallerPrincipal().getName(),
                InstantConverter.now());
        if (held.isEmpty()) {
            em.persist(artifact);
            em.flush();
            em.persist(new ArtifactContent(artifact.getId(), content));
        } else {
            store.content(artifact).replace(content);
        }
        return ArtifactSummary.of(artifact);
    }

    public ArtifactSummary get(String model, String label) {
        return ArtifactSummary.of(find(model, label));
    }

    public void delete(String model, String label) {
        var artifact = find(model, label);
        em.remove(store.content(artifact));
        em.remove(artifact);
    }

    private VersionArtifact find(String model, String label) {
        var version = versions.version(model, label);
        return store.of(version.getId())
                .orElseThrow(
                        () -> new ArtifactNotFoundException(version.getModel().getName(), version.getLabel()));
    }

    /** The violations that keep the model from serving this version, all at once. */
    static void checkFits(ServableModel servable, ModelVersion version) {
        var violations = new ArrayList<Violation>();
        var task = version.getModel().getTaskType();
        if (servable.classifier() == (task == TaskType.REGRESSION)) {
            violations.add(new Violation(
                    "body",
                    "the artifact " + (servable.classifier() ? "classifies" : "regresses") + " but the model's task is "
                            + task));
        }
        var numerical = version.columns(ColumnRole.FEATURE).stream()
                .filter(column -> column.getType() == ValueType.NUMERICAL)
                .map(SchemaColumn::getName)
                .collect(Collectors.toSet());
        var unknown = servable.features().stream()
                .filter(feature -> !numerical.contains(feature))
                .toList();
        if (!unknown.isEmpty()) {
            violations.add(new Violation(
                    "body",
                    "the model reads features that are not numerical features of version '" + version.getLabel()
                            + "': " + String.join(", ", unknown.subList(0, Math.min(10, unknown.size())))
                            + (unknown.size() > 10 ? " and " + (unknown.size() - 10) + " more" : "")));
        }
        var prediction = version.column(ColumnRole.PREDICTION);
        if (prediction.isEmpty()) {
            violations.add(new Violation(
                    "body", "version '" + version.getLabel() + "' has no PREDICTION column to log answers in"));
        } else if (!fitsPrediction(servable, prediction.get().getType())) {
            violations.add(new Violation(
                    "body",
                    "the model's answers (" + String.join(", ", servable.outputs()) + ") do not fit the "
                            + prediction.get().getType() + " prediction column '"
                            + prediction.get().getName() + "'"));
        }
        if (!violations.isEmpty()) {
            throw new ModelValidationException(violations);
        }
    }

    /** Whether every class (or the regressed value) can be stored in a prediction column of this type. */
    private static boolean fitsPrediction(ServableModel servable, ValueType type) {
        if (!servable.classifier()) {
            return type == ValueType.NUMERICAL;
        }
        return servable.outputs().stream().allMatch(label -> switch (type) {
            case CATEGORICAL -> true;
            case NUMERICAL -> ClassLabels.isNumber(label);
            case BOOLEAN ->
                Set.of("true", "false", "1", "0")
                        .contains(ClassLabels.normalise(label).toLowerCase(Locale.ROOT));
        });
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    private static ModelValidationException invalid(String field, String message) {
        return new ModelValidationException(List.of(new Violation(field, message)));
    }
}
