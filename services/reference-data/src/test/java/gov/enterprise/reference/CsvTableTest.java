package gov.enterprise.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Lenient reading: each malformed record is set aside with its line and reason, and reading resumes predictably. */
class CsvTableTest {

    private static CsvTable.LenientReading leniently(String text) {
        return CsvTable.readLeniently(new StringReader(text));
    }

    @Test
    void wellFormedFilesReadTheSameAsStrictly() {
        String text = "\uFEFFcode,remit\r\nA,\"land, quotas\"\r\nB,\"say \"\"hi\"\"\nthere\"\r\n\r\nC,plain\n";

        CsvTable.LenientReading reading = leniently(text);

        assertThat(reading.malformed()).isEmpty();
        assertThat(reading.table()).isEqualTo(CsvTable.read(new StringReader(text)));
    }

    @Test
    void textAfterAClosingQuoteRejectsThatRowAndReadingGoesOnAtTheNextLine() {
        CsvTable.LenientReading reading = leniently("code,name,region\nA,\"台州\"有限公司,331002\nB,台州,331003\n");

        assertThat(reading.malformed()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.column()).contains("name");
            assertThat(row.reason()).isEqualTo("unexpected text after the closing quote of a field opened on line 2");
            assertThat(row.row().get("code")).isEqualTo("A");
        });
        assertThat(reading.table().rows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(3);
            assertThat(row.get("code")).isEqualTo("B");
        });
    }

    @Test
    void anUnclosedQuoteRejectsItsRowAndTheRowsAfterItAreStillRead() {
        CsvTable.LenientReading reading = leniently("code,name\nA,\"台州,有限公司\nB,路桥\r\nC,椒江");

        assertThat(reading.malformed()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.column()).contains("name");
            assertThat(row.reason()).isEqualTo("a quoted field opened on line 2 is never closed");
        });
        assertThat(reading.table().rows()).extracting(CsvTable.Row::line).containsExactly(3, 4);
        assertThat(reading.table().rows()).extracting(row -> row.get("name")).containsExactly("路桥", "椒江");
    }

    @Test
    void aStrayQuoteClosedByALaterRowsQuoteNamesBothLinesAndSwallowsNothing() {
        CsvTable.LenientReading reading = leniently("code,name\n"
                + "A,\"台州有限公司\n"          // line 2: stray quote
                + "B,路桥\n"                    // line 3
                + "C,\"台州,有限公司\"\n"        // line 4: its opening quote would close line 2's field
                + "D,\"多行\n名称\"\n");         // lines 5-6: a well-formed field spanning lines

        assertThat(reading.malformed()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.reason())
                    .isEqualTo("unexpected text after the closing quote of a field opened on line 2 and closed on line 4");
        });
        assertThat(reading.table().rows()).extracting(CsvTable.Row::line).containsExactly(3, 4, 5);
        assertThat(reading.table().rows()).extracting(row -> row.get("name"))
                .containsExactly("路桥", "台州,有限公司", "多行\n名称");
    }

    @Test
    void aQuoteFaultInAMultiLineRecordResumesAfterTheLineWhereTheFaultyQuoteOpened() {
        CsvTable.LenientReading reading = leniently("code,name,remit\n"
                + "A,\"two\nlines\",\"bad\"x\n"   // lines 2-3: the faulty field opens on line 3
                + "B,b,c\n");

        assertThat(reading.malformed()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.column()).contains("remit");
            assertThat(row.reason()).isEqualTo("unexpected text after the closing quote of a field opened on line 3");
            assertThat(row.row().get("name")).isEqualTo("two\nlines");
        });
        assertThat(reading.table().rows()).extracting(CsvTable.Row::line).containsExactly(4);
    }

    @Test
    void aRowWithTooFewOrTooManyFieldsIsRejectedWholeAndBlankLinesAreSkipped() {
        CsvTable.LenientReading reading = leniently("a,b,c\n1,2\n\n1,2,3,4\n1,2,3\n1,\"x\ny\"\n");

        assertThat(reading.malformed()).extracting(CsvTable.MalformedRecord::line).containsExactly(2, 4, 6);
        assertThat(reading.malformed()).extracting(CsvTable.MalformedRecord::reason).containsExactly(
                "2 fields, but the header has 3", "4 fields, but the header has 3", "2 fields, but the header has 3");
        assertThat(reading.malformed()).extracting(CsvTable.MalformedRecord::column)
                .containsOnly(Optional.empty());
        assertThat(reading.malformed().getFirst().row().get("a")).isEqualTo("1");
        assertThat(reading.table().rows()).extracting(CsvTable.Row::line).containsExactly(5);
    }

    @Test
    void aMalformedHeaderOrAnEmptyFileCannotBeReadAtAll() {
        assertThatThrownBy(() -> leniently("code,\"name\n1,2\n"))
                .isInstanceOf(InvalidReferenceDataException.class)
                .hasMessage("line 1 (the header): a quoted field opened on line 1 is never closed");
        assertThatThrownBy(() -> leniently(""))
                .hasMessage("the file is empty: a header row is expected");
    }

    @Test
    void strictReadingStillFailsAtTheFirstMalformedRecordButAllowsShortRows() {
        assertThatThrownBy(() -> CsvTable.read(new StringReader("a,b\n1,\"x\"y\n1,2\n")))
                .hasMessage("line 2: unexpected text after the closing quote of a field opened on line 2");
        assertThat(CsvTable.read(new StringReader("a,b\n1\n")).rows().getFirst().get("b")).isEmpty();
    }

    @Test
    void everyRowOfAFileFullOfStrayQuotesIsReportedOnItsOwnLine() {
        var text = new StringBuilder("code,name\n");
        for (int i = 0; i < 50_000; i++) {
            text.append(i).append(",\"stray\n");
        }

        CsvTable.LenientReading reading = leniently(text.toString());

        assertThat(reading.malformed()).hasSize(50_000);
        assertThat(reading.malformed().get(7).reason())
                .isEqualTo("unexpected text after the closing quote of a field opened on line 9 and closed on line 10");
        assertThat(reading.malformed().getLast().line()).isEqualTo(50_001);
        assertThat(reading.malformed().getLast().reason())
                .isEqualTo("a quoted field opened on line 50001 is never closed");
    }
}
