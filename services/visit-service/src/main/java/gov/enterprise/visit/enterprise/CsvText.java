package gov.enterprise.visit.enterprise;

import gov.enterprise.visit.shared.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an uploaded CSV file. Spreadsheet exports come as UTF-8 (with or without a byte-order mark) or, from
 * Chinese office software, as GB18030 (a superset of GBK and GB2312). Decoding is tried strictly as UTF-8 first: a
 * GB18030 file of Chinese text is practically never valid UTF-8, while every byte sequence is some GB18030 text, so
 * the other order would misread UTF-8 files.
 */
public final class CsvText {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private CsvText() {
    }

    /**
     * @param declared the charset the client declared ({@code text/csv; charset=GB18030}), or null to detect it
     * @throws InvalidInputException when the bytes are text in neither encoding
     */
    public static String decode(byte[] bytes, Charset declared) {
        if (declared != null) {
            return strictly(bytes, declared, "is not valid " + declared.name() + " text, as its Content-Type says");
        }
        String utf8 = tryStrictly(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return utf8;
        }
        return strictly(bytes, GB18030, "is neither UTF-8 nor GB18030 text");
    }

    private static String strictly(byte[] bytes, Charset charset, String complaint) {
        String text = tryStrictly(bytes, charset);
        if (text == null) {
            throw new InvalidInputException("file", complaint);
        }
        return text;
    }

    private static String tryStrictly(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
