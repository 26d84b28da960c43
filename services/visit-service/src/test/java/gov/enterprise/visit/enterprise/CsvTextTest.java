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
    void aUtf8FileWithAStrayByteIsRefusedNotReadAsGb18030() {
        byte[] utf8 = (TEXT + "91331002MA2AXXXXXX,台州市椒江新界泵业有限公司,Jos").getBytes(StandardCharsets.UTF_8);
        byte[] stray = new byte[utf8.length + 2];
        System.arraycopy(utf8, 0, stray, 0, utf8.length);
        stray[utf8.length] = (byte) 0xE9;   // "é" in Latin-1
        stray[utf8.length + 1] = 'x';

        assertThatThrownBy(() -> CsvText.decode(stray, null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().getFirst().reason())
                        .startsWith("is UTF-8 text with 1 byte(s) that are not UTF-8, the first on line 3"));
    }

    @Test
    void aGb18030FileOfMostlyLatinTextWithAFewChineseNamesIsStillGb18030() {
        var text = new StringBuilder("uscc,name,contactName\n");
        for (int i = 0; i < 50; i++) {
            text.append("91350100M000100Y43,Taizhou Pump Works ").append(i).append(",Li\n");
        }
        text.append("91350100M000100Y43,台州市路桥缝制设备有限公司,张三\n");
        byte[] gb = text.toString().getBytes(Charset.forName("GB18030"));

        assertThat(CsvText.decode(gb, null)).isEqualTo(text.toString());
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
