package io.mdt.registry.boundary;

import io.mdt.engine.performance.ClassLabels;
import io.mdt.platform.control.StorableText;
import io.mdt.registry.entity.ColumnRole;
import io.mdt.registry.entity.SchemaColumn;
import io.mdt.registry.entity.Stage;
import io.mdt.registry.entity.TaskType;
import io.mdt.registry.entity.ValueType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a {@link VersionDraft} into schema columns, or lists every rule it breaks: one id,
 * one timestamp, at least one feature, at most one prediction and one target, unique names,
 * ranges only on numbers and categories only on categorical columns.
 */
final class VersionSchema {

    private static final int MAX_NAME = 200;
    private static final int MAX_LABEL = 100;
    private static final int MAX_MLFLOW_VERSION = 50;

    /**
     * Columns per version. Each becomes a column of the version's tables, and PostgreSQL allows
     * 1,600 per table; this leaves room for the tables' own columns and for later growth.
     */
    static final int MAX_COLUMNS = 1_000;

    static final int MAX_CATEGORIES = 10_000;
    static final int MAX_CATEGORY = 200;

    private final List<SchemaColumn> columns = new ArrayList<>();
    private final List<Violation> violations = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    private VersionSchema() {}

    static List<SchemaColumn> columnsOf(VersionDraft draft) {
        var schema = new VersionSchema();
        schema.check(draft);
        if (!schema.violations.isEmpty()) {
            throw new ModelValidationException(schema.violations);
        }
        return schema.columns;
    }

    static Stage stageOf(String stage, String field) {
        if (stage == null || stage.isBlank()) {
            return Stage.STAGING;
        }
        return requiredStage(stage, field);
    }

    /** A stage that must be given: a change of stage without one is an error, not a move to STAGING. */
    static Stage requiredStage(String stage, String field) {
        return parse(Stage.class, stage)
                .orElseThrow(() -> new ModelValidationException(
                        List.of(new Violation(field, "must be one of STAGING, PRODUCTION, ARCHIVED"))));
    }

    private void check(VersionDraft draft) {
        if (draft == null) {
            violations.add(new Violation("body", "must be a version"));
            return;
        }
        if (draft.label() == null || draft.label().isBlank() || draft.label().length() > MAX_LABEL) {
            violations.add(new Violation("label", "must be 1 to " + MAX_LABEL + " characters"));
        }
        try {
            stageOf(draft.stage(), "stage");
        } catch (ModelValidationException e) {
            violations.addAll(e.violations());
        }
        checkLength("mlflowModelName", draft.mlflowModelName(), MAX_NAME);
        checkLength("mlflowModelVersion", draft.mlflowModelVersion(), MAX_MLFLOW_VERSION);
        var drafts = draft.columns() == null ? List.<ColumnDraft>of() : draft.columns();
        if (drafts.size() > MAX_COLUMNS) {
            violations.add(
                    new Violation("columns", "must be at most " + MAX_COLUMNS + " columns, got " + drafts.size()));
            return;
        }
        for (int i = 0; i < drafts.size(); i++) {
            column(i, drafts.get(i));
        }
        checkRoles();
    }

    private void column(int position, ColumnDraft draft) {
        var field = "columns[" + position + "]";
        if (draft == null) {
            violations.add(new Violation(field, "must be a column"));
            return;
        }
        var name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME || !StorableText.storable(name)) {
            violations.add(new Violation(field + ".name", "must be 1 to " + MAX_NAME + " characters"));
        } else if (!names.add(name)) {
            violations.add(new Violation(field + ".name", "'" + name + "' is declared twice"));
        }
        var role = parse(ColumnRole.class, draft.role());
        if (role.isEmpty()) {
            violations.add(new Violation(
                    field + ".role",
                    "must be one of FEATURE, PREDICTION, PREDICTION_SCORE, TARGET, TIMESTAMP, ID, SEGMENT"));
            return;
        }
        var type = typeOf(role.get(), draft.type());
        if (type.isEmpty()) {
            violations.add(new Violation(field + ".type", "must be one of NUMERICAL, CATEGORICAL, BOOLEAN"));
            return;
        }
        checkDomain(field, type.get(), draft);
        checkClassLabel(field, role.get(), draft.classLabel());
        columns.add(new SchemaColumn(
                position,
                name,
                role.get(),
                type.get(),
                draft.minimum(),
                draft.maximum(),
                draft.categories(),
                draft.classLabel() == null ? null : draft.classLabel().strip()));
    }

    private void checkClassLabel(String field, ColumnRole role, String classLabel) {
        if (classLabel == null) {
            return;
        }
        if (role != ColumnRole.PREDICTION_SCORE) {
            violations.add(new Violation(field + ".classLabel", "applies to PREDICTION_SCORE columns only"));
        } else if (classLabel.isBlank() || classLabel.length() > MAX_NAME || !StorableText.storable(classLabel)) {
            violations.add(new Violation(field + ".classLabel", "must be 1 to " + MAX_NAME + " characters"));
        }
    }

    /**
     * Checks how the version's outputs read as its model's task: a positive class and a
     * threshold apply to binary classifiers only, the threshold is a probability, the positive
     * class is one of the target's declared categories, and a multiclass model's score columns
     * name distinct classes.
     */
    static void checkOutputs(VersionDraft draft, List<SchemaColumn> columns, TaskType task) {
        var found = new ArrayList<Violation>();
        boolean binary = task == TaskType.BINARY_CLASSIFICATION;
        var positive = draft.positiveClass();
        if (positive != null) {
            if (!binary) {
                found.add(new Violation("positiveClass", "applies to binary classification models only"));
            } else if (positive.isBlank() || positive.length() > MAX_NAME || !StorableText.storable(positive)) {
                found.add(new Violation("positiveClass", "must be 1 to " + MAX_NAME + " characters"));
            } else {
                checkPositiveIsCategory(positive.strip(), columns, found);
            }
        }
        var threshold = draft.threshold();
        if (threshold != null) {
            if (!binary) {
                found.add(new Violation("threshold", "applies to binary classification models only"));
            } else if (!Double.isFinite(threshold) || threshold < 0 || threshold > 1) {
                found.add(new Violation("threshold", "must be a number from 0 to 1"));
            }
        }
        var scoreClasses = columns.stream()
                .filter(c -> c.getRole() == ColumnRole.PREDICTION_SCORE)
                .map(c -> ClassLabels.normalise(c.scoreClass()))
                .toList();
        if (task == TaskType.MULTICLASS_CLASSIFICATION && new HashSet<>(scoreClasses).size() != scoreClasses.size()) {
            found.add(new Violation("columns", "score columns must be the probabilities of distinct classes"));
        }
        if (!found.isEmpty()) {
            throw new ModelValidationException(found);
        }
    }

    private static void checkPositiveIsCategory(String positive, List<SchemaColumn> columns, List<Violation> found) {
        var target =
                columns.stream().filter(c -> c.getRole() == ColumnRole.TARGET).findFirst();
        var categories = target.map(SchemaColumn::categoryList).orElse(List.of());
        var label = ClassLabels.normalise(positive);
        if (target.map(c -> c.getType() == ValueType.BOOLEAN).orElse(false)
                && !label.equals("true")
                && !label.equals("false")) {
            found.add(new Violation("positiveClass", "must be true or false for a boolean target"));
        } else if (!categories.isEmpty()
                && categories.stream().map(ClassLabels::normalise).noneMatch(label::equals)) {
            found.add(new Violation("positiveClass", "must be one of the target's categories " + categories));
        }
    }

    /** Ids and segment tags are text, scores numbers, timestamps are stored as times. */
    private static Optional<ValueType> typeOf(ColumnRole role, String declared) {
        return switch (role) {
            case ID, TIMESTAMP, SEGMENT -> Optional.of(ValueType.CATEGORICAL);
            case PREDICTION_SCORE -> Optional.of(ValueType.NUMERICAL);
            default -> parse(ValueType.class, declared);
        };
    }

    private void checkLength(String field, String text, int maximum) {
        if (text != null && text.length() > maximum) {
            violations.add(new Violation(field, "must be at most " + maximum + " characters"));
        }
    }

    private void checkDomain(String field, ValueType type, ColumnDraft draft) {
        if ((draft.minimum() != null && !Double.isFinite(draft.minimum()))
                || (draft.maximum() != null && !Double.isFinite(draft.maximum()))) {
            violations.add(new Violation(field, "minimum and maximum must be finite numbers"));
        }
        boolean hasRange = draft.minimum() != null || draft.maximum() != null;
        if (hasRange && type != ValueType.NUMERICAL) {
            violations.add(new Violation(field, "a range applies to numerical columns only"));
        }
        if (draft.minimum() != null && draft.maximum() != null && draft.minimum() > draft.maximum()) {
            violations.add(new Violation(field, "minimum must not exceed maximum"));
        }
        var categories = draft.categories() == null ? List.<String>of() : draft.categories();
        if (!categories.isEmpty() && type != ValueType.CATEGORICAL) {
            violations.add(new Violation(field, "categories apply to categorical columns only"));
        }
        if (categories.size() > MAX_CATEGORIES) {
            violations.add(new Violation(
                    field + ".categories", "must be at most " + MAX_CATEGORIES + " values, got " + categories.size()));
        } else if (categories.stream()
                        .anyMatch(c -> c == null
                                || c.isEmpty()
                                || c.length() > MAX_CATEGORY
                                || c.contains("\n")
                                || !StorableText.storable(c))
                || new HashSet<>(categories).size() != categories.size()) {
            violations.add(new Violation(
                    field + ".categories",
                    "must be distinct single-line values of 1 to " + MAX_CATEGORY + " characters"));
        }
    }

    private void checkRoles() {
        Map<ColumnRole, Integer> counts = new EnumMap<>(ColumnRole.class);
        columns.forEach(c -> counts.merge(c.getRole(), 1, Integer::sum));
        exactlyOne(counts, ColumnRole.ID);
        exactlyOne(counts, ColumnRole.TIMESTAMP);
        if (counts.getOrDefault(ColumnRole.FEATURE, 0) == 0) {
            violations.add(new Violation("columns", "must declare at least one FEATURE column"));
        }
        atMostOne(counts, ColumnRole.PREDICTION);
        atMostOne(counts, ColumnRole.TARGET);
    }

    private void exactlyOne(Map<ColumnRole, Integer> counts, ColumnRole role) {
        if (counts.getOrDefault(role, 0) != 1) {
            violations.add(new Violation("columns", "must declare exactly one " + role + " column"));
        }
    }

    private void atMostOne(Map<ColumnRole, Integer> counts, ColumnRole role) {
        if (counts.getOrDefault(role, 0) > 1) {
            violations.add(new Violation("columns", "must declare at most one " + role + " column"));
        }
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        if (name == null) {
            return Optional.empty();
        }
        var normalised = name.strip().toUpperCase(Locale.ROOT);
        for (var constant : type.getEnumConstants()) {
            if (constant.name().equals(normalised)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
