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
import io.mdt.serving.entity.ArtifactFormat;
import io.mdt.serving.entity.VersionArtifact;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The model a version's predictions come from. An upload is read and checked against the
 * version before it is stored: it must be a model of the version's task, reading only numerical
 * features of the version's schema, and its answers must fit the version's prediction column;
 * what the model reads and gives is kept beside it. A Tribuo model names its features and
 * classes; for an ONNX graph the uploader gives them, in the order of its input and scores.
 */
@Stateless
public class Artifacts {

    /** Features or classes an upload may name: as many as a version may have columns. */
    static final int MAX_NAMES = 1_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    ModelVersions versions;

    @Inject
    ArtifactStore store;

    @Resource
    SessionContext context;

    /**
     * Stores the artifact as the version's model, in place of the one it had.
     *
     * @param features for an ONNX graph, the features it reads in the order of its input
     * @param classes for an ONNX classifier, its classes in the order of its scores
     */
    public ArtifactSummary upload(
            String model, String label, String format, byte[] content, List<String> features, List<String> classes) {
        return upload(
                model,
                label,
                format,
                content,
                features,
                classes,
                context.getCallerPrincipal().getName());
    }

    /** Stores the artifact as {@link #upload} does, on behalf of {@code by}: what a worker uploads for someone. */
    public ArtifactSummary upload(
            String model,
            String label,
            String format,
            byte[] content,
            List<String> features,
            List<String> classes,
            String by) {
        var chosen = ArtifactFormat.named(format)
                .orElseThrow(() -> invalid(
                        "format",
                        "must be one of "
                                + Arrays.stream(ArtifactFormat.values())
                                        .map(ArtifactFormat::parameter)
                                        .collect(Collectors.joining(", "))));
        checkNames(chosen, features, classes);
        if (content.length == 0) {
            throw invalid("body", "the artifact is empty");
        }
        var version = versions.version(model, label);
        ServableModel servable;
        try {
            servable = ServableModel.read(chosen, content, features, classes);
        } catch (IllegalArgumentException unreadable) {
            throw invalid("body", unreadable.getMessage());
        }
        try (servable) {
            checkFits(servable, version);
        }
        var held = store.of(version.getId());
        var before = held.map(ArtifactStore.Kept::of);
        var artifact = held.orElseGet(() -> new VersionArtifact(version.getId()));
        artifact.uploaded(
                chosen,
                ArtifactStore.sha256(content),
                content.length,
                servable.features(),
                servable.outputs(),
                by,
                InstantConverter.now());
        if (held.isEmpty()) {
            em.persist(artifact);
            em.flush();
        }
        store.keep(artifact, content, before);
        return ArtifactSummary.of(artifact);
    }

    public ArtifactSummary get(String model, String label) {
        return ArtifactSummary.of(find(model, label));
    }

    public void delete(String model, String label) {
        store.remove(find(model, label));
    }

    private VersionArtifact find(String model, String label) {
        var version = versions.version(model, label);
        return store.of(version.getId())
                .orElseThrow(
                        () -> new ArtifactNotFoundException(version.getModel().getName(), version.getLabel()));
    }

    /** The names an upload gives: only for ONNX, each once, and none blank. */
    static void checkNames(ArtifactFormat format, List<String> features, List<String> classes) {
        if (format == ArtifactFormat.TRIBUO && !(features.isEmpty() && classes.isEmpty())) {
            throw invalid("features", "a Tribuo model names its features and classes itself; give them only for onnx");
        }
        var violations = new ArrayList<Violation>();
        checkListed("features", features, violations);
        checkListed("classes", classes, violations);
        if (!violations.isEmpty()) {
            throw new ModelValidationException(violations);
        }
    }

    private static void checkListed(String field, List<String> names, List<Violation> violations) {
        if (names.size() > MAX_NAMES) {
            violations.add(new Violation(field, "at most " + MAX_NAMES + " may be given"));
            return;
        }
        var seen = new HashSet<String>();
        for (var name : names) {
            if (name == null || name.isBlank()) {
                violations.add(new Violation(field, "a name is blank"));
            } else if (!seen.add(name)) {
                violations.add(new Violation(field, "'" + name + "' is given twice"));
            }
        }
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

    private static ModelValidationException invalid(String field, String message) {
        return new ModelValidationException(List.of(new Violation(field, message)));
    }
}
