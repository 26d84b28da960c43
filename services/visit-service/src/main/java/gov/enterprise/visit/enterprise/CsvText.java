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
 * the other order would misread UTF-8 files. For the same reason a UTF-8 file with a few stray bytes (a name typed
 * in another encoding) is refused rather than read as GB18030, which would turn all its Chinese into other
 * characters and import them.
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
        Utf8Reading reading = Utf8Reading.of(bytes);
        if (reading.mostlyUtf8()) {
            throw new InvalidInputException("file", "is UTF-8 text with " + reading.strayBytes()
                    + " byte(s) that are not UTF-8, the first on line " + reading.firstStrayLine()
                    + ": save it again as UTF-8 (or GB18030) and send it again");
        }
        return strictly(bytes, GB18030, "is neither UTF-8 nor GB18030 text");
    }

    /**
     * How bytes read as UTF-8: the multi-byte characters well formed, and the bytes that fit none. Chinese text in
     * GB18030 read so has far more stray bytes than characters (a GB18030 character is well-formed UTF-8 only by
     * chance); a UTF-8 file with a stray byte has one against hundreds.
     */
    record Utf8Reading(int characters, int strayBytes, int firstStrayLine) {

        private static final int CHARACTERS_PER_STRAY_BYTE = 10;

        boolean mostlyUtf8() {
            return strayBytes > 0 && characters >= CHARACTERS_PER_STRAY_BYTE * strayBytes;
        }

        static Utf8Reading of(byte[] bytes) {
            int characters = 0;
            int stray = 0;
            int line = 1;
            int firstStrayLine = 0;
            int i = 0;
            while (i < bytes.length) {
                int lead = bytes[i] & 0xFF;
                if (lead < 0x80) {
                    line += lead == '\n' ? 1 : 0;
                    i++;
                    continue;
                }
                int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                        : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
                boolean wellFormed = length > 0 && i + length <= bytes.length;
                for (int k = 1; wellFormed && k < length; k++) {
                    wellFormed = (bytes[i + k] & 0xC0) == 0x80;
                }
                if (wellFormed) {
                    characters++;
                    i += length;
                } else {
                    stray++;
                    firstStrayLine = firstStrayLine == 0 ? line : firstStrayLine;
                    i++;
                }
            }
            return new Utf8Reading(characters, stray, firstStrayLine);
        }
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
