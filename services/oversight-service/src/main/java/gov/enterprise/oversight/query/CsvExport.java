package gov.enterprise.oversight.query;

import gov.enterprise.oversight.figure.Figures;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The CSV form of an answer: UTF-8 with a byte-order mark (so that spreadsheet software reads Chinese names right),
 * RFC 4180 quoting, CRLF line ends, one header row with the JSON field names.
 */
final class CsvExport {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final RecordComponent[] FIGURES = Figures.class.getRecordComponents();

    private final List<String> header;
    private final List<List<?>> rows = new ArrayList<>();

    private CsvExport(List<String> header) {
        // a header naming a column twice leaves a reader keying by name with one of them
        var seen = new HashSet<String>();
        for (String column : header) {
            if (!seen.add(column)) {
                throw new IllegalArgumentException("CSV column " + column + " named twice: " + header);
            }
        }
        this.header = header;
    }

    /** A table whose columns are {@code leading}, then every figure. */
    static CsvExport withFigures(String... leading) {
        var header = new ArrayList<>(Arrays.asList(leading));
        for (RecordComponent component : FIGURES) {
            header.add(component.getName());
        }
        return new CsvExport(header);
    }

    static CsvExport of(String... columns) {
        return new CsvExport(List.of(columns));
    }

    /** A row: the leading values, then the figures' values. */
    CsvExport row(Figures figures, Object... leading) {
        var row = new ArrayList<Object>(Arrays.asList(leading));
        for (RecordComponent component : FIGURES) {
            try {
                row.add(component.getAccessor().invoke(figures));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        rows.add(row);
        return this;
    }

    CsvExport row(Object... values) {
        rows.add(Arrays.asList(values));
        return this;
    }

    ResponseEntity<byte[]> response(String name) {
        var headers = new HttpHeaders();
        headers.setContentType(TEXT_CSV);
        headers.setContentDisposition(ContentDisposition.attachment().filename(name + ".csv").build());
        return ResponseEntity.ok().headers(headers).body(bytes());
    }

    byte[] bytes() {
        var out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        var text = new StringBuilder();
        line(text, header);
        rows.forEach(row -> line(text, row));
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void line(StringBuilder text, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            Object value = values.get(i);
            String cell = value == null ? "" : value.toString();
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0) {
                text.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                text.append(cell);
            }
        }
        text.append("\r\n");
    }
}
