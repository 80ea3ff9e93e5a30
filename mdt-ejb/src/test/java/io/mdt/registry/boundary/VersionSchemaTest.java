package io.mdt.registry.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdt.registry.entity.ColumnRole;
import io.mdt.registry.entity.Stage;
import io.mdt.registry.entity.TaskType;
import io.mdt.registry.entity.ValueType;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionSchemaTest {

    static ColumnDraft column(String name, String role, String type) {
        return new ColumnDraft(name, role, type, null, null, null);
    }

    static List<ColumnDraft> minimal() {
        return List.of(
                column("id", "ID", null),
                column("ts", "TIMESTAMP", null),
                new ColumnDraft("age", "FEATURE", "NUMERICAL", 0.0, 120.0, null),
                new ColumnDraft("country", "feature", "categorical", null, null, List.of("DE", "FR")),
                column("label", "PREDICTION", "CATEGORICAL"),
                column("p_yes", "PREDICTION_SCORE", null),
                column("outcome", "TARGET", "CATEGORICAL"),
                column("region", "SEGMENT", null));
    }

    @Test
    void acceptsAFullSchemaAndNumbersItsColumns() {
        var columns = VersionSchema.columnsOf(new VersionDraft("v1", null, null, null, minimal()));

        assertThat(columns)
                .extracting(c -> c.sqlName())
                .containsExactly("c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7");
        assertThat(columns.get(3).getRole()).isEqualTo(ColumnRole.FEATURE);
        assertThat(columns.get(3).categoryList()).containsExactly("DE", "FR");
        assertThat(columns.get(5).getType()).isEqualTo(ValueType.NUMERICAL);
        assertThat(columns.get(7).getType()).isEqualTo(ValueType.CATEGORICAL);
    }

    @Test
    void defaultsToStaging() {
        assertThat(VersionSchema.stageOf(null, "stage")).isEqualTo(Stage.STAGING);
        assertThat(VersionSchema.stageOf("production", "stage")).isEqualTo(Stage.PRODUCTION);
    }

    @Test
    void listsEveryBrokenRule() {
        var draft = new VersionDraft(
                " ",
                "LIVE",
                null,
                null,
                List.of(
                        column("a", "FEATURE", "TEXT"),
                        column("a", "FEATURE", "NUMERICAL"),
                        new ColumnDraft("b", "FEATURE", "CATEGORICAL", 1.0, null, null),
                        column("c", "OUTPUT", "NUMERICAL"),
                        column("p1", "PREDICTION", "NUMERICAL"),
                        column("p2", "PREDICTION", "NUMERICAL")));

        assertThatThrownBy(() -> VersionSchema.columnsOf(draft))
                .isInstanceOfSatisfying(
                        ModelValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::message)
                                .anyMatch(m -> m.contains("1 to 100"))
                                .anyMatch(m -> m.contains("STAGING, PRODUCTION, ARCHIVED"))
                                .anyMatch(m -> m.contains("NUMERICAL, CATEGORICAL, BOOLEAN"))
                                .anyMatch(m -> m.contains("declared twice"))
                                .anyMatch(m -> m.contains("a range applies to numerical columns only"))
                                .anyMatch(m -> m.contains("FEATURE, PREDICTION"))
                                .anyMatch(m -> m.contains("exactly one ID"))
                                .anyMatch(m -> m.contains("exactly one TIMESTAMP"))
                                .anyMatch(m -> m.contains("at most one PREDICTION")));
    }

    @Test
    void readsOutputsOnlyAsTheTaskAllows() {
        var draft = new VersionDraft("v1", null, null, null, minimal(), "yes", 1.5);
        var columns = VersionSchema.columnsOf(draft);

        assertThatThrownBy(() -> VersionSchema.checkOutputs(draft, columns, TaskType.REGRESSION))
                .isInstanceOfSatisfying(
                        ModelValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("positiveClass", "threshold"));
        assertThatThrownBy(() -> VersionSchema.checkOutputs(draft, columns, TaskType.BINARY_CLASSIFICATION))
                .isInstanceOfSatisfying(
                        ModelValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("threshold"));
    }

    @Test
    void wantsThePositiveClassAmongTheTargetsCategories() {
        var schema = List.of(
                column("id", "ID", null),
                column("ts", "TIMESTAMP", null),
                column("age", "FEATURE", "NUMERICAL"),
                new ColumnDraft("outcome", "TARGET", "CATEGORICAL", null, null, List.of("churned", "stayed")));
        var draft = new VersionDraft("v1", null, null, null, schema, "left", 0.3);

        assertThatThrownBy(() -> VersionSchema.checkOutputs(
                        draft, VersionSchema.columnsOf(draft), TaskType.BINARY_CLASSIFICATION))
                .isInstanceOfSatisfying(
                        ModelValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::message)
                                .containsExactly("must be one of the target's categories [churned, stayed]"));
        var good = new VersionDraft("v1", null, null, null, schema, "churned", 0.3);
        VersionSchema.checkOutputs(good, VersionSchema.columnsOf(good), TaskType.BINARY_CLASSIFICATION);
    }

    @Test
    void givesClassLabelsToScoreColumnsOnlyAndWantsThemDistinct() {
        var schema = List.of(
                column("id", "ID", null),
                column("ts", "TIMESTAMP", null),
                new ColumnDraft("age", "FEATURE", "NUMERICAL", null, null, null, "adult"),
                new ColumnDraft("p_a", "PREDICTION_SCORE", null, null, null, null, "a"),
                new ColumnDraft("p_b", "PREDICTION_SCORE", null, null, null, null, "a"));

        assertThatThrownBy(() -> VersionSchema.columnsOf(new VersionDraft("v1", null, null, null, schema)))
                .isInstanceOfSatisfying(
                        ModelValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("columns[2].classLabel"));
        var scores = schema.subList(3, 5);
        var draft = new VersionDraft(
                "v1",
                null,
                null,
                null,
                List.of(
                        schema.get(0),
                        schema.get(1),
                        column("x", "FEATURE", "NUMERICAL"),
                        scores.get(0),
                        scores.get(1)));
        assertThatThrownBy(() -> VersionSchema.checkOutputs(
                        draft, VersionSchema.columnsOf(draft), TaskType.MULTICLASS_CLASSIFICATION))
                .isInstanceOfSatisfying(
                        ModelValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::message)
                                .containsExactly("score columns must be the probabilities of distinct classes"));
    }
}
