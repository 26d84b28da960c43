package gov.enterprise.visit.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.enterprise.visit.shared.InvalidInputException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvTextTest {

    private static final String TEXT = "uscc,name\n91350100M000100Y43,台州吉利汽车零部件有限公司\n";

    @Test
    void readsUtf8WithAndWithoutByteOrderMark() {
        byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);

        assertThat(CsvText.decode(plain, null)).isEqualTo(TEXT);
        assertThat(CsvText.decode(withBom, null)).isEqualTo("\uFEFF" + TEXT); // the CSV reader drops the mark
    }

    @Test
    void readsGb18030ExportsOfChineseSpreadsheets() {
        byte[] gb = TEXT.getBytes(Charset.forName("GB18030"));

        assertThat(CsvText.decode(gb, null)).isEqualTo(TEXT);
    }

    @Test
    void honoursADeclaredCharsetAndRefusesBytesThatAreNotIt() {
        byte[] gb = TEXT.getBytes(Charset.forName("GB18030"));

        assertThat(CsvText.decode(gb, Charset.forName("GB18030"))).isEqualTo(TEXT);
        assertThatThrownBy(() -> CsvText.decode(gb, StandardCharsets.UTF_8))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().getFirst().field()).isEqualTo("file"));
    }
}
