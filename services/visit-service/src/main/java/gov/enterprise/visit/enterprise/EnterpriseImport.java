package gov.enterprise.visit.enterprise;

import gov.enterprise.reference.CsvTable;
import gov.enterprise.reference.InvalidReferenceDataException;
import gov.enterprise.reference.ReferenceData;
import gov.enterprise.visit.reference.ReferenceSource;
import gov.enterprise.visit.shared.FieldError;
import gov.enterprise.visit.shared.InvalidInputException;
import gov.enterprise.visit.shared.Validation;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Bulk import of enterprise files from a spreadsheet export (administrators). Valid rows are registered or changed,
 * each invalid row is reported with its line and reasons, and importing the same file again changes nothing. A row
 * the CSV reader cannot read (broken quoting, the wrong number of fields) is one more invalid row: it is reported with
 * its line and the rest of the file is still imported (see {@link CsvTable#readLeniently} for where reading resumes).
 *
 * <p>Columns are found by name, in English ({@code uscc,name,regionCode,cluster,scale,tags,contactName,contactPhone})
 * or in Chinese ({@code 统一社会信用代码,企业名称,所属区域,产业集群,规模,标签,联系人,联系电话}); values may be reference
 * codes or their Chinese names ({@code 椒江区}, {@code 规上}), and tags are separated by {@code ;}, {@code |} or
 * {@code 、}.
 */
public class EnterpriseImport {

    public static final int MAX_ROWS = 50_000;
    static final int BATCH = 500;

    private static final Map<String, String> SCALE_NAMES = Map.of("规上", "ABOVE_SCALE", "规模以上", "ABOVE_SCALE",
            "规下", "BELOW_SCALE", "规模以下", "BELOW_SCALE");

    private final EnterpriseRegistry registry;
    private final ReferenceSource reference;

    public EnterpriseImport(EnterpriseRegistry registry, ReferenceSource reference) {
        this.registry = registry;
        this.reference = reference;
    }

    /** The columns of the file format and the header names each is recognised by. */
    enum Column {
        USCC(true, "uscc", "统一社会信用代码", "社会信用代码", "信用代码"),
        NAME(true, "name", "企业名称", "名称"),
        REGION(true, "regionCode", "region", "所属区域", "区域", "区域代码", "行政区划代码", "所属地区"),
        CLUSTER(true, "cluster", "产业集群", "集群"),
        SCALE(true, "scale", "规模", "企业规模"),
        TAGS(false, "tags", "标签", "企业标签"),
        CONTACT_NAME(false, "contactName", "contact.name", "联系人"),
        CONTACT_PHONE(false, "contactPhone", "contact.phone", "联系电话", "电话");

        final boolean required;
        final List<String> names;

        Column(boolean required, String... names) {
            this.required = required;
            this.names = List.of(names);
        }

        String apiName() {
            return names.getFirst();
        }
    }

    /**
     * @param declared the charset the client declared, or null to detect UTF-8 or GB18030
     * @throws InvalidInputException when the file as a whole cannot be read (encoding, an empty file, a malformed or
     *                               incomplete header, too many rows)
     */
    public ImportReport importCsv(byte[] file, Charset declared) {
        CsvTable.LenientReading reading = table(CsvText.decode(file, declared));
        CsvTable table = reading.table();
        Map<Column, String> header = header(table.header());
        int rows = table.rows().size() + reading.malformed().size();
        if (rows > MAX_ROWS) {
            throw new InvalidInputException("file", "has " + rows + " rows; import at most " + MAX_ROWS + " at a time");
        }
        ReferenceData data = reference.current();
        var rejected = new ArrayList<ImportReport.RejectedRow>();
        for (CsvTable.MalformedRecord record : reading.malformed()) {
            rejected.add(new ImportReport.RejectedRow(record.line(), record.row().get(header.get(Column.USCC)),
                    List.of(new FieldError(field(record, header), record.reason()))));
        }
        var valid = new ArrayList<EnterpriseDetails>();
        var firstLineOf = new HashMap<Uscc, Integer>();
        for (CsvTable.Row row : table.rows()) {
            var validation = new Validation();
            EnterpriseDetails details = form(row, header, data).validate(data, validation);
            // by the code alone, whatever else is wrong with the row: a repeat is refused even when the code's
            // first line was, or the file's later line would be taken for the enterprise the first one meant
            String code = Uscc.normalise(row.get(header.get(Column.USCC)));
            if (Uscc.reject(code) == null) {
                Integer first = firstLineOf.putIfAbsent(new Uscc(code), row.line());
                if (first != null) {
                    validation.reject("uscc", code + " is already on line " + first);
                }
            }
            if (validation.ok()) {
                valid.add(details);
            } else {
                rejected.add(new ImportReport.RejectedRow(row.line(), row.get(header.get(Column.USCC)),
                        validation.errors()));
            }
        }
        rejected.sort(Comparator.comparingInt(ImportReport.RejectedRow::line));
        int registered = 0;
        int changed = 0;
        int unchanged = 0;
        for (int from = 0; from < valid.size(); from += BATCH) {
            EnterpriseRegistry.BatchOutcome outcome =
                    registry.upsert(valid.subList(from, Math.min(valid.size(), from + BATCH)));
            registered += outcome.registered();
            changed += outcome.changed();
            unchanged += outcome.unchanged();
        }
        return new ImportReport(rows, registered, changed, unchanged, rejected);
    }

    private static CsvTable.LenientReading table(String text) {
        try {
            return CsvTable.readLeniently(new StringReader(text));
        } catch (InvalidReferenceDataException e) {
            // only an empty file or a malformed header: a malformed data row is reported with its line instead
            throw new InvalidInputException("file", e.getMessage());
        }
    }

    /**
     * The field a malformed row is reported under: the API name of the column whose quoting is broken, that column's
     * header name when the import does not use it, or {@code row} when the row as a whole has the wrong number of
     * fields.
     */
    private static String field(CsvTable.MalformedRecord record, Map<Column, String> header) {
        return record.column()
                .map(name -> header.entrySet().stream()
                        .filter(entry -> entry.getValue().equals(name))
                        .map(entry -> entry.getKey().apiName())
                        .findFirst()
                        .orElse(name))
                .orElse("row");
    }

    private static Map<Column, String> header(List<String> names) {
        var found = new LinkedHashMap<Column, String>();
        var errors = new ArrayList<FieldError>();
        for (String name : names) {
            String key = key(name);
            Arrays.stream(Column.values())
                    .filter(column -> column.names.stream().anyMatch(alias -> key(alias).equals(key)))
                    .findFirst()
                    .ifPresent(column -> {
                        if (found.putIfAbsent(column, name) != null) {
                            errors.add(new FieldError("file", "column " + column.apiName() + " appears twice in the"
                                    + " header ('" + found.get(column) + "' and '" + name + "')"));
                        }
                    });
        }
        for (Column column : Column.values()) {
            if (column.required && !found.containsKey(column)) {
                errors.add(new FieldError("file", "the header has no column " + column.apiName() + " (or "
                        + String.join(", ", column.names.subList(1, column.names.size())) + ")"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return found;
    }

    private static EnterpriseForm form(CsvTable.Row row, Map<Column, String> header, ReferenceData data) {
        Function<Column, String> cell = column -> header.containsKey(column) ? row.get(header.get(column)) : "";
        String region = code(cell.apply(Column.REGION), data.regions(), r -> r.code(), r -> r.nameZh());
        String cluster = code(cell.apply(Column.CLUSTER), data.clusters(), c -> c.code(), c -> c.nameZh());
        String scale = SCALE_NAMES.getOrDefault(cell.apply(Column.SCALE),
                cell.apply(Column.SCALE).toUpperCase(Locale.ROOT));
        List<String> tags = Arrays.stream(cell.apply(Column.TAGS).split("[;；|、]"))
                .map(String::strip)
                .filter(tag -> !tag.isEmpty())
                .map(tag -> code(tag, data.tags(), t -> t.code(), t -> t.nameZh()))
                .toList();
        return new EnterpriseForm(cell.apply(Column.USCC), cell.apply(Column.NAME), region, cluster, scale, tags,
                cell.apply(Column.CONTACT_NAME), cell.apply(Column.CONTACT_PHONE));
    }

    /** A reference code written as the code or as its Chinese name; anything else is left for validation to name. */
    private static <T> String code(String value, Collection<T> entries, Function<T, String> code,
                                   Function<T, String> nameZh) {
        return entries.stream()
                .filter(entry -> nameZh.apply(entry).equals(value))
                .map(code)
                .findFirst()
                .orElse(value);
    }

    private static String key(String headerName) {
        return headerName.strip().replace("\uFEFF", "").replace(" ", "").replace("_", "").toLowerCase(Locale.ROOT);
    }
}
