package gov.enterprise.visit.file.web;

import static gov.enterprise.visit.shared.web.Refusals.refusing;

import gov.enterprise.page.Cursors;
import gov.enterprise.security.Subject;
import gov.enterprise.visit.enterprise.EnterprisePage;
import gov.enterprise.visit.enterprise.EnterpriseQuery;
import gov.enterprise.visit.enterprise.Scale;
import gov.enterprise.visit.enterprise.Uscc;
import gov.enterprise.visit.enterprise.web.EnterpriseView;
import gov.enterprise.visit.enterprise.web.PathCodes;
import gov.enterprise.visit.file.EnterpriseFile;
import gov.enterprise.visit.file.EnterpriseFiles;
import gov.enterprise.visit.shared.web.PageSize;
import gov.enterprise.visit.shared.web.Refusals;
import gov.enterprise.visit.visit.Ids;
import gov.enterprise.visit.visit.Visit;
import gov.enterprise.visit.visit.Visits;
import gov.enterprise.web.problem.Problems;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading enterprise files and visits: one file, a search, one visit, a cadre's history. Files the caller may not
 * read answer 404, as unknown ones do.
 */
@RestController
public class EnterpriseFileController {

    static final int MAX_FRAGMENT = 50;

    private final EnterpriseFiles files;

    public EnterpriseFileController(EnterpriseFiles files) {
        this.files = files;
    }

    @GetMapping("/api/v1/enterprises/{uscc}")
    public ResponseEntity<EnterpriseFileView> file(@PathVariable String uscc, Subject caller) {
        Uscc code = PathCodes.uscc(uscc);
        EnterpriseFile file = refusing(() -> files.file(caller, code));
        // no ETag: the details' version (in the body, for If-Match on PUT) does not change with visits and issues,
        // and as the file's validator it made If-None-Match answer 304 for a file that had changed
        return ResponseEntity.ok().body(EnterpriseFileView.of(file));
    }

    /**
     * Enterprises by name fragment ({@code q}, Chinese or Latin), region (with its sub-regions), cluster, tag and
     * scale, ordered by name; {@code nextCursor} continues the listing.
     */
    @GetMapping("/api/v1/enterprises")
    public Map<String, Object> search(@RequestParam(required = false) String q,
                                      @RequestParam(required = false) String regionCode,
                                      @RequestParam(required = false) String cluster,
                                      @RequestParam(required = false) String tag,
                                      @RequestParam(required = false) Scale scale,
                                      @RequestParam(required = false) String cursor,
                                      @RequestParam(defaultValue = "" + EnterpriseQuery.DEFAULT_LIMIT) int limit,
                                      Subject caller) {
        String fragment = blankToNull(q);
        if (fragment != null && fragment.codePointCount(0, fragment.length()) > MAX_FRAGMENT) {
            throw Problems.invalid("q", "must be at most " + MAX_FRAGMENT + " characters");
        }
        EnterpriseQuery.PageKey after = null;
        if (cursor != null && !cursor.isBlank()) {   // an empty cursor is the first page, as elsewhere
            List<String> parts = Cursors.decode(cursor, 2);
            after = new EnterpriseQuery.PageKey(parts.get(0), parts.get(1));
        }
        int size = PageSize.limit(limit, EnterpriseQuery.MAX_LIMIT);
        EnterpriseQuery.PageKey position = after;
        EnterprisePage page = refusing(() -> files.search(caller, fragment, blankToNull(regionCode),
                blankToNull(cluster), blankToNull(tag), scale, position, size));
        var body = new LinkedHashMap<String, Object>();
        body.put("items", page.items().stream().map(EnterpriseView::of).toList());
        body.put("nextCursor", page.next() == null ? null : Cursors.encode(page.next().name(), page.next().uscc()));
        return body;
    }

    @GetMapping("/api/v1/visits/{visitId}")
    public VisitView visit(@PathVariable String visitId, Subject caller) {
        UUID id = Ids.parse(visitId);
        if (id == null) {
            throw Problems.invalid("visitId", "must be a UUID");
        }
        return VisitView.of(refusing(() -> files.visit(caller, id)));
    }

    /** A cadre's visits, newest first (the cadre itself or an administrator). */
    @GetMapping("/api/v1/cadres/{cadreId}/visits")
    public Map<String, Object> history(@PathVariable String cadreId,
                                       @RequestParam(required = false) String cursor,
                                       @RequestParam(defaultValue = "50") int limit,
                                       Subject caller) {
        Visits.PageKey after = null;
        if (cursor != null && !cursor.isBlank()) {
            after = Cursors.decode(cursor, 2,
                    parts -> new Visits.PageKey(Cursors.instant(parts.get(0)), UUID.fromString(parts.get(1))));
        }
        int size = PageSize.limit(limit, 200);
        Visits.PageKey position = after;
        List<Visit> visits = refusing(() -> files.history(caller, cadreId, position, size + 1));
        List<Visit> page = visits.size() > size ? visits.subList(0, size) : visits;
        var body = new LinkedHashMap<String, Object>();
        Map<Uscc, String> names = files.names(page.stream().map(Visit::uscc).distinct().toList());
        body.put("items", page.stream().map(visit -> VisitView.summary(visit, names.get(visit.uscc()))).toList());
        body.put("nextCursor", visits.size() > size
                ? Cursors.encode(page.getLast().visitedAt().toString(), page.getLast().visitId().toString())
                : null);
        return body;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
