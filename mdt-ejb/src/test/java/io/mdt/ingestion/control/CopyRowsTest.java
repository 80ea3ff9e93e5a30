package io.mdt.ingestion.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CopyRowsTest {

    @Test
    void escapesWhatTheCopyFormatReservesAndMarksNulls() {
        var rows = new CopyRows();
        rows.beginRow();
        rows.text("a\tb\\c\nd\re").number(1.5).bool(true).text(null).number(null);
        rows.endRow();

        assertThat(rows.content()).isEqualTo("a\\tb\\\\c\\nd\\re\t1.5\tt\t\\N\t\\N\n");
        assertThat(rows.rows()).isEqualTo(1);
    }

    @Test
    void discardsAHalfWrittenRow() {
        var rows = new CopyRows();
        rows.beginRow();
        rows.text("kept");
        rows.endRow();
        rows.beginRow();
        rows.text("dropped").number(2.0);
        rows.discardRow();
        rows.beginRow();
        rows.text("next");
        rows.endRow();

        assertThat(rows.content()).isEqualTo("kept\nnext\n");
        assertThat(rows.rows()).isEqualTo(2);
    }
}
