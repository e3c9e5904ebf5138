package uk.org.beacon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

    @Test
    void quotedFieldsKeepTheirCommasQuotesAndLineBreaks() {
        List<CsvRows.Row> rows = CsvRows.read(new StringReader("a,b,c\r\n1,\"two, and \"\"more\"\"\",\"line\nbreak\"\r\n"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).fields()).containsExactly("1", "two, and \"more\"", "line\nbreak");
        assertThat(rows.get(1).line()).isEqualTo(2);
    }

    @Test
    void blankLinesAreSkippedButLineNumbersStayTrue() {
        List<CsvRows.Row> rows = CsvRows.read(new StringReader("\uFEFFh1,h2\n\nx,y\n,\nlast,row"));
        assertThat(rows).extracting(CsvRows.Row::line).containsExactly(1, 3, 5);
        assertThat(rows.get(0).fields()).containsExactly("h1", "h2");
        assertThat(rows.get(2).fields()).containsExactly("last", "row");
    }

    @Test
    void emptyFieldsAreKept() {
        assertThat(CsvRows.read(new StringReader("a,,c\n")).get(0).fields()).containsExactly("a", "", "c");
    }
}
