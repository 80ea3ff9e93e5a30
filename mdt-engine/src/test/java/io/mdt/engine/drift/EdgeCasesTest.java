package io.mdt.engine.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.engine.data.CategoricalColumn;
import io.mdt.engine.data.Column;
import io.mdt.engine.data.NumericalColumn;
import io.mdt.engine.report.ColumnDrift;
import io.mdt.engine.report.DriftReport;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Data Evidently crashes on: tiny, tied, constant, empty or extreme samples. Every test must give a
 * number or a clear per-column error, never an exception.
 */
class EdgeCasesTest {

    private static ColumnDrift run(DriftMethod method, Column reference, Column current) {
        return new DriftEngine(DriftOptions.builder().method(method).build()).compare(reference, current);
    }

    private static void wellDefined(ColumnDrift result) {
        if (result.error() == null) {
            assertThat(result.score()).isNotNull().isNotNaN();
        } else {
            assertThat(result.error()).isNotBlank();
            assertThat(result.drift()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(DriftMethod.class)
    void oneToThreeValues(DriftMethod method) {
        wellDefined(run(method, TestData.numbers(1.0), TestData.numbers(2.0)));
        wellDefined(run(method, TestData.numbers(1.0, 2.0), TestData.numbers(2.0, 3.0)));
        wellDefined(run(method, TestData.numbers(1.0, 2.0, 3.0), TestData.numbers(2.0, 3.0, 4.0)));
    }

    @ParameterizedTest
    @EnumSource(DriftMethod.class)
    void allTiesAndConstantSides(DriftMethod method) {
        wellDefined(run(method, TestData.numbers(5, 5, 5, 5, 5, 5), TestData.numbers(5, 5, 5, 5, 5)));
        wellDefined(run(method, TestData.numbers(5, 5, 5, 5, 5, 5), TestData.numbers(1, 2, 3, 4, 5, 6, 7)));
        wellDefined(run(method, TestData.numbers(1, 2, 3, 4, 5, 6, 7), TestData.numbers(4, 4, 4, 4, 4, 4)));
        wellDefined(run(method, TestData.categories("a", "a", "a"), TestData.categories("a", "a")));
    }

    @ParameterizedTest
    @EnumSource(DriftMethod.class)
    void allMissingGivesAnError(DriftMethod method) {
        ColumnDrift result = run(method, TestData.numbers(1, 2, 3), TestData.numbers(Double.NaN, Double.NaN));
        assertThat(result.error()).contains("no non-missing values");
        assertThat(result.current().missing()).isEqualTo(2);
        ColumnDrift categorical = run(method, TestData.categories(null, null), TestData.categories("a"));
        assertThat(categorical.error()).contains("reference");
    }

    @ParameterizedTest
    @EnumSource(DriftMethod.class)
    void hugeValues(DriftMethod method) {
        double[] x = TestData.normal(200, 1e300, 1e299, 1);
        double[] y = TestData.normal(200, 1.1e300, 1e299, 2);
        wellDefined(run(method, TestData.numbers(x), TestData.numbers(y)));
    }

    @ParameterizedTest
    @EnumSource(
            value = DriftMethod.class,
            names = {"CHISQUARE", "G_TEST", "PSI", "JENSENSHANNON", "KL_DIV", "HELLINGER", "TVD", "Z", "FISHER_EXACT"})
    void unseenCategoriesAreHandled(DriftMethod method) {
        CategoricalColumn reference = TestData.categories(TestData.repeat(40, "a", "a", "b"));
        CategoricalColumn current = TestData.categories(TestData.repeat(40, "a", "c"));
        ColumnDrift result = run(method, reference, current);
        if (method == DriftMethod.Z || method == DriftMethod.FISHER_EXACT) {
            assertThat(result.error()).contains("at most two categories");
        } else {
            assertThat(result.error()).isNull();
            assertThat(result.drift()).isTrue();
        }
        assertThat(result.quality().unseenCategories()).isEqualTo(1);
    }

    @Test
    void infinitiesAndNaNAreDroppedAndCounted() {
        NumericalColumn reference = TestData.numbers(1, 2, Double.NaN, 3, Double.POSITIVE_INFINITY, 4, 5, 6);
        NumericalColumn current = TestData.numbers(Double.NEGATIVE_INFINITY, 2, 3, 4, 5, 6, 7, Double.NaN);
        ColumnDrift result = run(DriftMethod.KS, reference, current);
        assertThat(result.reference().count()).isEqualTo(6);
        assertThat(result.reference().missing()).isEqualTo(1);
        assertThat(result.reference().nonFinite()).isEqualTo(1);
        assertThat(result.current().nonFinite()).isEqualTo(1);
        assertThat(result.quality().currentMissingShare()).isEqualTo(0.25);
        assertThat(result.quality().outOfRangeShare()).isEqualTo(1.0 / 6);
    }

    @Test
    void aBadColumnDoesNotFailTheReport() {
        List<Column> reference = List.of(
                new NumericalColumn("good", TestData.normal(100, 0, 1, 1)),
                new NumericalColumn("empty", new double[] {Double.NaN}),
                new NumericalColumn("gone", new double[] {1, 2}));
        List<Column> current = List.of(
                new NumericalColumn("good", TestData.normal(100, 3, 1, 2)),
                new NumericalColumn("empty", new double[] {1, 2}));
        DriftReport report = new DriftEngine(DriftOptions.EVIDENTLY).compare(reference, current);
        assertThat(report.columns()).extracting(ColumnDrift::column).containsExactly("good", "empty", "gone");
        assertThat(report.total()).isEqualTo(1);
        assertThat(report.failed()).isEqualTo(2);
        assertThat(report.drifted()).isEqualTo(1);
        assertThat(report.datasetDrift()).isTrue();
        assertThat(report.columns().get(2).error()).contains("absent");
    }

    @Test
    void eppsSingletonWithoutSpreadIsUndefined() {
        ColumnDrift result =
                run(DriftMethod.ES, TestData.numbers(1, 1, 1, 1, 1, 2), TestData.numbers(1, 1, 1, 1, 1, 1));
        assertThat(result.error()).contains("interquartile range");
    }
}
