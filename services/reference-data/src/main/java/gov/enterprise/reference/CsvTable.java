package gov.enterprise.reference;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A CSV table as spreadsheet software writes it (RFC 4180: quoted fields may hold commas, doubled quotes and line
 * breaks; CRLF, LF or CR; an optional byte-order mark). Each row remembers the line it starts on, so that errors can
 * name it. A quote inside an unquoted field ({@code 台州"某某"公司}) is taken literally.
 *
 * <p>Two ways to read: {@link #read} for data that must be right (the reference seed), which fails at the first
 * malformed record; {@link #readLeniently} for files people upload, where each malformed record is set aside with its
 * line and reason and reading goes on (see there for where it resumes).
 */
public record CsvTable(List<String> header, List<Row> rows) {

    public record Row(int line, Map<String, String> cells) {

        /** The cell of {@code column}, stripped; empty when the row is short. */
        public String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value.strip();
        }
    }

    /**
     * A record that could not be read as a row.
     *
     * @param row    its first line, and the cells read before the fault (by header name), so a report can show e.g.
     *               the code in its first column
     * @param column the header name of the column whose field is malformed; empty when the record as a whole is (the
     *               wrong number of fields) or the field lies beyond the header
     * @param reason why, naming the lines involved
     */
    public record MalformedRecord(Row row, Optional<String> column, String reason) {

        public int line() {
            return row.line();
        }
    }

    /** A leniently read table: the rows that could be read, and every record that could not, in file order. */
    public record LenientReading(CsvTable table, List<MalformedRecord> malformed) {

        public LenientReading {
            malformed = List.copyOf(malformed);
        }
    }

    /**
     * Reads the whole table, short rows allowed (their missing cells are empty).
     *
     * @throws InvalidReferenceDataException at the first malformed record: a quoted field not closed, text after a
     *                                       closing quote, a row with more fields than the header; or an empty file
     */
    public static CsvTable read(Reader reader) {
        List<Parsed> records = new Parser(slurp(reader)).records();
        List<String> header = header(records);
        var rows = new ArrayList<Row>();
        for (Parsed record : records.subList(1, records.size())) {
            switch (record) {
                case Fault fault -> throw new InvalidReferenceDataException(
                        "line " + fault.line() + ": " + fault.reason());
                case Fields fields when fields.blank() -> {
                }
                case Fields fields -> {
                    if (fields.values().size() > header.size()) {
                        throw new InvalidReferenceDataException("line " + fields.line() + ": "
                                + fieldCount(fields, header));
                    }
                    rows.add(fields.row(header));
                }
            }
        }
        return new CsvTable(header, List.copyOf(rows));
    }

    /**
     * Reads every record it can; each malformed one becomes a {@link MalformedRecord} and reading resumes as follows.
     * <ul>
     *   <li>A row with more or fewer fields than the header (blank lines are skipped, not counted) is rejected whole;
     *       reading goes on with the next record.</li>
     *   <li>A quoted field that is never closed, or whose closing quote is followed by anything but a comma or the end
     *       of the line, is rejected, and reading resumes at the start of the line after the one where that field's
     *       quote opened. The quote is taken to be a stray one: the rows it would otherwise swallow (up to the end of
     *       the file, or up to the next quote anywhere in the file) are still read as rows of their own. The reason
     *       names the line the quote opened on and, when it differs, the line the closing quote is on.</li>
     * </ul>
     * A quoted field that legitimately spans lines is read whole as long as it is well formed; only a malformed one
     * has its later lines read again as records (usually rejected in turn).
     *
     * @throws InvalidReferenceDataException when the header itself is malformed or the file is empty: nothing can be
     *                                       read without a header
     */
    public static LenientReading readLeniently(Reader reader) {
        List<Parsed> records = new Parser(slurp(reader)).records();
        List<String> header = header(records);
        var rows = new ArrayList<Row>();
        var malformed = new ArrayList<MalformedRecord>();
        for (Parsed record : records.subList(1, records.size())) {
            switch (record) {
                case Fault fault -> {
                    int index = fault.values().size();
                    malformed.add(new MalformedRecord(new Fields(fault.line(), fault.values()).row(header),
                            index < header.size() ? Optional.of(header.get(index)) : Optional.empty(),
                            fault.reason()));
                }
                case Fields fields when fields.blank() -> {
                }
                case Fields fields when fields.values().size() != header.size() -> malformed.add(
                        new MalformedRecord(fields.row(header), Optional.empty(), fieldCount(fields, header)));
                case Fields fields -> rows.add(fields.row(header));
            }
        }
        return new LenientReading(new CsvTable(header, List.copyOf(rows)), malformed);
    }

    private static List<String> header(List<Parsed> records) {
        if (records.isEmpty()) {
            throw new InvalidReferenceDataException("the file is empty: a header row is expected");
        }
        return switch (records.getFirst()) {
            case Fault fault -> throw new InvalidReferenceDataException(
                    "line " + fault.line() + " (the header): " + fault.reason());
            case Fields fields -> fields.values().stream().map(String::strip).toList();
        };
    }

    private static String fieldCount(Fields fields, List<String> header) {
        return fields.values().size() + " fields, but the header has " + header.size();
    }

    /** What the parser makes of one record: its fields, or the fault that stopped it (with the fields before it). */
    private sealed interface Parsed permits Fields, Fault {
    }

    private record Fields(int line, List<String> values) implements Parsed {

        boolean blank() {
            return values.size() == 1 && values.getFirst().isBlank();
        }

        Row row(List<String> header) {
            var cells = new LinkedHashMap<String, String>();
            for (int i = 0; i < Math.min(values.size(), header.size()); i++) {
                cells.put(header.get(i), values.get(i));
            }
            return new Row(line, cells);
        }
    }

    private record Fault(int line, List<String> values, String reason) implements Parsed {
    }

    private static final class Parser {

        private final String text;
        /** Offsets where the lines after the first begin (after LF, CRLF or a lone CR). */
        private final int[] lineStarts;
        /**
         * Offsets of the last quote of each run of consecutive quotes of odd length: inside a quoted field, doubled
         * quotes are escapes, so a field closes at the end of the first odd run after its own opening quote. Knowing
         * them up front keeps a stray quote from costing a scan to the end of the file each time reading resumes.
         */
        private final int[] oddQuoteRunEnds;
        private int pos;

        Parser(String text) {
            this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
            this.lineStarts = lineStarts(this.text);
            this.oddQuoteRunEnds = oddQuoteRunEnds(this.text);
        }

        List<Parsed> records() {
            var records = new ArrayList<Parsed>();
            while (pos < text.length()) {
                records.add(record());
            }
            return records;
        }

        private Parsed record() {
            int line = lineOf(pos);
            var values = new ArrayList<String>();
            while (true) {
                if (pos < text.length() && text.charAt(pos) == '"') {
                    int opening = pos;
                    int closing = closingQuote(opening);
                    if (closing < 0) {
                        pos = nextLine(opening);
                        return new Fault(line, List.copyOf(values),
                                "a quoted field opened on line " + lineOf(opening) + " is never closed");
                    }
                    if (closing + 1 < text.length() && ",\r\n".indexOf(text.charAt(closing + 1)) < 0) {
                        pos = nextLine(opening);
                        int closedOn = lineOf(closing);
                        return new Fault(line, List.copyOf(values),
                                "unexpected text after the closing quote of a field opened on line " + lineOf(opening)
                                        + (closedOn == lineOf(opening) ? "" : " and closed on line " + closedOn));
                    }
                    values.add(text.substring(opening + 1, closing).replace("\"\"", "\""));
                    pos = closing + 1;
                } else {
                    int start = pos;
                    while (pos < text.length() && ",\r\n".indexOf(text.charAt(pos)) < 0) {
                        pos++;
                    }
                    values.add(text.substring(start, pos));
                }
                if (pos >= text.length()) {
                    return new Fields(line, List.copyOf(values));
                }
                if (text.charAt(pos) != ',') {
                    pos = text.charAt(pos) == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n'
                            ? pos + 2 : pos + 1;
                    return new Fields(line, List.copyOf(values));
                }
                pos++;
            }
        }

        /** The offset of the quote closing the field whose opening quote is at {@code opening}, or -1. */
        private int closingQuote(int opening) {
            int runEnd = opening;
            while (runEnd + 1 < text.length() && text.charAt(runEnd + 1) == '"') {
                runEnd++;
            }
            // the quotes after the opening one in its own run: an odd number of them ends with the closing quote
            if ((runEnd - opening) % 2 == 1) {
                return runEnd;
            }
            int i = Arrays.binarySearch(oddQuoteRunEnds, runEnd + 1);
            int next = i >= 0 ? i : -i - 1;
            return next < oddQuoteRunEnds.length ? oddQuoteRunEnds[next] : -1;
        }

        /** 1-based. */
        private int lineOf(int offset) {
            int i = Arrays.binarySearch(lineStarts, offset);
            return i >= 0 ? i + 2 : -i;
        }

        /** The offset where the line after the one holding {@code offset} begins, or the end of the text. */
        private int nextLine(int offset) {
            int line = lineOf(offset);
            return line - 1 < lineStarts.length ? lineStarts[line - 1] : text.length();
        }

        private static int[] lineStarts(String text) {
            var starts = new ArrayList<Integer>();
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch == '\n' || ch == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                    starts.add(i + 1);
                }
            }
            return starts.stream().mapToInt(Integer::intValue).toArray();
        }

        private static int[] oddQuoteRunEnds(String text) {
            var ends = new ArrayList<Integer>();
            int i = 0;
            while (i < text.length()) {
                if (text.charAt(i) != '"') {
                    i++;
                    continue;
                }
                int start = i;
                while (i < text.length() && text.charAt(i) == '"') {
                    i++;
                }
                if ((i - start) % 2 == 1) {
                    ends.add(i - 1);
                }
            }
            return ends.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private static String slurp(Reader reader) {
        try {
            var out = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n = reader.read(buffer); n != -1; n = reader.read(buffer)) {
                out.append(buffer, 0, n);
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
