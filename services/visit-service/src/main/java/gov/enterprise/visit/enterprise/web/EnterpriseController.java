package gov.enterprise.visit.enterprise.web;

import gov.enterprise.version.VersionCondition;
import gov.enterprise.web.version.EntityVersion;
import static gov.enterprise.visit.shared.web.Refusals.refusing;

import gov.enterprise.visit.enterprise.EnterpriseImport;
import gov.enterprise.visit.enterprise.EnterpriseRegistry;
import gov.enterprise.visit.enterprise.ImportReport;
import gov.enterprise.visit.enterprise.Uscc;
import gov.enterprise.visit.shared.web.Refusals;
import gov.enterprise.web.problem.Problems;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.nio.charset.Charset;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators open, correct and bulk-import enterprise files. */
@RestController
@RequestMapping("/api/v1/enterprises")
public class EnterpriseController {

    /** Largest CSV accepted: some 50,000 rows of a spreadsheet export. */
    static final int MAX_IMPORT_BYTES = 20 * 1024 * 1024;

    private final EnterpriseRegistry registry;
    private final EnterpriseImport imports;
    private final MeterRegistry meters;

    public EnterpriseController(EnterpriseRegistry registry, EnterpriseImport imports, MeterRegistry meters) {
        this.registry = registry;
        this.imports = imports;
        this.meters = meters;
    }

    /** Opens a file; repeating the same registration answers the same, other details under the code are a 409. */
    @PostMapping
    public ResponseEntity<EnterpriseView> register(@RequestBody EnterpriseRequest request) {
        EnterpriseRegistry.Registration registration = refusing(() -> registry.register(request.form()));
        EnterpriseView view = EnterpriseView.of(registration.enterprise());
        return ResponseEntity.created(URI.create("/api/v1/enterprises/" + view.uscc()))
                .eTag(EntityVersion.etag(view.version()))
                .body(view);
    }

    /** Replaces a file's details; with {@code If-Match}, only if the file is still at that version. */
    @PutMapping("/{uscc}")
    public ResponseEntity<EnterpriseView> change(@PathVariable String uscc, @RequestBody EnterpriseRequest request,
                                                 @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                                 String ifMatch) {
        Uscc code = PathCodes.uscc(uscc);
        VersionCondition expected = EntityVersion.optional(ifMatch);
        EnterpriseRegistry.Change change = refusing(() -> registry.change(code, request.form(), expected));
        EnterpriseView view = EnterpriseView.of(change.enterprise());
        return ResponseEntity.ok().eTag(EntityVersion.etag(view.version())).body(view);
    }

    /**
     * Bulk import of a CSV file (UTF-8 with or without BOM, or GB18030; a {@code charset} parameter of the content type
     * is honoured). Answers 200 with what was registered, changed, unchanged and rejected (line and reasons).
     */
    @PostMapping(path = "/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE,
            MediaType.APPLICATION_OCTET_STREAM_VALUE})
    public ImportReport importCsv(@RequestBody(required = false) byte[] file,
                                  @RequestHeader(name = HttpHeaders.CONTENT_TYPE) MediaType contentType) {
        if (file == null || file.length == 0) {
            throw Problems.invalid("file", "is empty: send the CSV file as the request body");
        }
        if (file.length > MAX_IMPORT_BYTES) {
            throw Problems.invalid("file", "is larger than " + MAX_IMPORT_BYTES / (1024 * 1024) + " MB; split it");
        }
        Charset declared = contentType.getCharset();
        ImportReport report = refusing(() -> imports.importCsv(file, declared));
        meters.counter("visit.enterprises.imported", "outcome", "registered").increment(report.registered());
        meters.counter("visit.enterprises.imported", "outcome", "changed").increment(report.changed());
        meters.counter("visit.enterprises.imported", "outcome", "unchanged").increment(report.unchanged());
        meters.counter("visit.enterprises.imported", "outcome", "rejected").increment(report.rejected().size());
        return report;
    }
}
