package io.mdt.ingestion.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.mdt.ingestion.boundary.MalformedBatchException;
import io.mdt.ingestion.boundary.RejectedRecord;
import java.io.StringReader;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class ReferenceRowsTest {

    @Test
    void streamsValidCsvRowsAndReportsTheOthers() {
        var chunks = new ArrayList<String>();
        var rows = new ReferenceRows(PredictionRecordsFixture.version(), chunks::add);

        rows.csv(new StringReader("""
                id,age,country,vip,churn,outcome
                a,42,DE,true,1,0
                b,200,FR,false,0,1
                c,,FR,no,0.5,
                d,7,FR
                """));

        assertThat(rows.sqlColumns()).containsExactly("c2", "c3", "c4", "c5", "c6", "c7", "c8");
        assertThat(String.join("", chunks))
                .isEqualTo("42\tDE\tt\t1\t\\N\t0\t\\N\n" + "\\N\tFR\tf\t0.5\t\\N\t\\N\t\\N\n");
        assertThat(rows.rejectedCount()).isEqualTo(2);
        assertThat(rows.rejected())
                .extracting(RejectedRecord::index, RejectedRecord::reason)
                .containsExactly(
                        tuple(1, "age = 200 is outside the allowed range [0.0, 120.0]"),
                        tuple(3, "has 3 cells; the header has 6"));
    }

    @Test
    void refusesAHeaderWithAnUnknownColumnOrWithoutAFeature() {
        var rows = new ReferenceRows(PredictionRecordsFixture.version(), chunk -> {});

        assertThatThrownBy(() -> rows.csv(new StringReader("age,country,vip,colour\n1,DE,true,red\n")))
                .isInstanceOf(MalformedBatchException.class)
                .hasMessageContaining("unknown column 'colour'");
        assertThatThrownBy(() -> rows.csv(new StringReader("age,country\n1,DE\n")))
                .isInstanceOf(MalformedBatchException.class)
                .hasMessageContaining("lacks the feature 'vip'");
    }

    @Test
    void refusesCsvThatCannotBeReadAsTheClientsError() {
        var rows = new ReferenceRows(PredictionRecordsFixture.version(), chunk -> {});

        assertThatThrownBy(() -> rows.csv(new StringReader("age,country,vip\n1,\"DE,true\n")))
                .isInstanceOf(MalformedBatchException.class)
                .hasMessageStartingWith("unreadable CSV");
    }

    @Test
    void rejectsAJsonRowWithARepeatedColumnAndKeepsTheNext() {
        var chunks = new ArrayList<String>();
        var rows = new ReferenceRows(PredictionRecordsFixture.version(), chunks::add);

        var outcome = BatchReader.read(
                new StringReader("[{\"age\": 1, \"age\": 2, \"country\": \"DE\", \"vip\": true},"
                        + " {\"age\": 3, \"country\": \"FR\", \"vip\": false}]"),
                10,
                10,
                false,
                rows);
        rows.finish();

        assertThat(outcome.rejected())
                .extracting(RejectedRecord::reason)
                .containsExactly("row.age appears twice; each member may appear once");
        assertThat(String.join("", chunks)).startsWith("3\tFR\tf");
    }
}
