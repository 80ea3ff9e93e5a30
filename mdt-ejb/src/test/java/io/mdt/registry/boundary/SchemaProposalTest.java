package io.mdt.registry.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdt.registry.entity.TaskType;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaProposalTest {

    @Test
    void typesComeFromTheValuesAndRolesFromTheNames() {
        var columns = SchemaProposal.of(new StringReader("""
                        request_id,event time,age,city,member,churn_proba,Prediction,label
                        a1,2026-11-30T10:00:00Z,34,Berlin,true,0.81,1,1
                        a2,2026-11-30T10:01:00Z,,Paris,FALSE,0.12,0,0
                        a3,2026-11-30T10:02:00Z,51.5,"Rome, Italy",true,0.5,1,0
                        """), TaskType.BINARY_CLASSIFICATION);

        assertThat(columns)
                .extracting(ColumnDraft::name, ColumnDraft::role, ColumnDraft::type)
                .containsExactly(
                        tuple("request_id", "ID", null),
                        tuple("event time", "TIMESTAMP", null),
                        tuple("age", "FEATURE", "NUMERICAL"),
                        tuple("city", "FEATURE", "CATEGORICAL"),
                        tuple("member", "FEATURE", "BOOLEAN"),
                        tuple("churn_proba", "PREDICTION_SCORE", "NUMERICAL"),
                        tuple("Prediction", "PREDICTION", "NUMERICAL"),
                        tuple("label", "TARGET", "NUMERICAL"));
    }

    @Test
    void aRegressorsScoreIsItsPredictionAndDatesMakeATimestamp() {
        var columns = SchemaProposal.of(
                new StringReader("day,x,score\n2026-11-30,1.5,3\n2026-12-01,2,4\n"), TaskType.REGRESSION);

        assertThat(columns)
                .extracting(ColumnDraft::name, ColumnDraft::role)
                .containsExactly(
                        tuple("day", "TIMESTAMP"),
                        tuple("x", "FEATURE"),
                        tuple("score", "PREDICTION"),
                        tuple("id", "ID"));
    }

    @Test
    void aSampleWithoutIdOrTimeGetsBothUnderFreeNames() {
        var columns = SchemaProposal.of(new StringReader("timestamp,Amount\nsoon,1\n"), TaskType.REGRESSION);

        assertThat(columns)
                .extracting(ColumnDraft::name, ColumnDraft::role)
                .containsExactly(tuple("timestamp", "TIMESTAMP"), tuple("Amount", "FEATURE"), tuple("id", "ID"));
        var none = SchemaProposal.of(new StringReader("id,timestamp\n"), TaskType.REGRESSION);
        assertThat(none).extracting(ColumnDraft::role).containsExactly("ID", "TIMESTAMP");
    }

    @Test
    void aSampleWithoutAUsableHeaderIsRefusedForTheSampleField() {
        for (var sample : List.of("", "a,,b\n1,2,3\n", "a,a\n1,2\n")) {
            assertThatThrownBy(() -> SchemaProposal.of(new StringReader(sample), TaskType.REGRESSION))
                    .isInstanceOf(ModelValidationException.class)
                    .satisfies(e -> assertThat(((ModelValidationException) e).violations())
                            .extracting(Violation::field)
                            .containsExactly("sample"));
        }
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
