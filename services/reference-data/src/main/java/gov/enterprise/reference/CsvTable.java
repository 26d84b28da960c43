package gov.enterprise.reference;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV table as spreadsheet software writes it (RFC 4180: quoted fields may hold commas, doubled quotes and line
 * breaks; CRLF or LF; an optional byte-order mark). Each row remembers the line it starts on, so that errors can name
 * it.
 */
public record CsvTable(List<String> header, List<Row> rows) {

    public record Row(int line, Map<String, String> cells) {

        /** The cell of {@code column}, stripped; empty when the row is short. */
        public String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value.strip();
        }
    }

    public static CsvTable read(Reader reader) {
        List<RawRecord> records = new Parser(slurp(reader)).records();
        if (records.isEmpty()) {
            throw new InvalidReferenceDataException("the file is empty: a header row is expected");
        }
        List<String> header = records.getFirst().fields().stream().map(String::strip).toList();
        var rows = new ArrayList<Row>();
        for (RawRecord record : records.subList(1, records.size())) {
            if (record.fields().size() == 1 && record.fields().getFirst().isBlank()) {
                continue;
            }
            if (record.fields().size() > header.size()) {
                throw new InvalidReferenceDataException("line " + record.line() + ": " + record.fields().size()
                        + " fields, but the header has " + header.size());
            }
            var cells = new LinkedHashMap<String, String>();
            for (int i = 0; i < record.fields().size(); i++) {
                cells.put(header.get(i), record.fields().get(i));
            }
            rows.add(new Row(record.line(), cells));
        }
        return new CsvTable(header, List.copyOf(rows));
    }

    private record RawRecord(int line, List<String> fields) {
    }

    private static final class Parser {

        private final String text;
        private int pos;
        private int line = 1;

        Parser(String text) {
            this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        }

        List<RawRecord> records() {
            var records = new ArrayList<RawRecord>();
            while (pos < text.length()) {
                int startLine = line;
                var fields = new ArrayList<String>();
                boolean endOfRecord = false;
                while (!endOfRecord) {
                    fields.add(field(startLine));
                    if (pos >= text.length()) {
                        endOfRecord = true;
                    } else if (text.charAt(pos) == ',') {
                        pos++;
                    } else {
                        endOfLine();
                        endOfRecord = true;
                    }
                }
                records.add(new RawRecord(startLine, List.copyOf(fields)));
            }
            return records;
        }

        private String field(int recordLine) {
            if (pos < text.length() && text.charAt(pos) == '"') {
                pos++;
                var value = new StringBuilder();
                while (true) {
                    if (pos >= text.length()) {
                        throw new InvalidReferenceDataException("line " + recordLine + ": a quoted field is not closed");
                    }
                    char ch = text.charAt(pos++);
                    if (ch == '"') {
                        if (pos < text.length() && text.charAt(pos) == '"') {
                            value.append('"');
                            pos++;
                        } else {
                            break;
                        }
                    } else {
                        if (ch == '\n') {
                            line++;
                        }
                        value.append(ch);
                    }
                }
                if (pos < text.length() && ",\r\n".indexOf(text.charAt(pos)) < 0) {
                    throw new InvalidReferenceDataException(
                            "line " + line + ": unexpected text after the closing quote of a field");
                }
                return value.toString();
            }
            int start = pos;
            while (pos < text.length() && ",\r\n".indexOf(text.charAt(pos)) < 0) {
                pos++;
            }
            return text.substring(start, pos);
        }

        private void endOfLine() {
            if (text.charAt(pos) == '\r') {
                pos++;
            }
            if (pos < text.length() && text.charAt(pos) == '\n') {
                pos++;
            }
            line++;
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
