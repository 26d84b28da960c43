package gov.enterprise.visit.enterprise;

import gov.enterprise.visit.shared.FieldError;
import java.util.List;

/**
 * What an import did: every data row is counted once, as registered, changed, unchanged or rejected (with its line
 * and the reasons).
 */
public record ImportReport(int rows, int registered, int changed, int unchanged, List<RejectedRow> rejected) {

    public ImportReport {
        rejected = List.copyOf(rejected);
    }

    /**
     * A row that was not imported.
     *
     * @param line   the line of the file the row starts on (the header is line 1)
     * @param uscc   the code as written in the row, if any
     * @param errors each field at fault, named by its API field ({@code regionCode}, {@code tags[1]}...)
     */
    public record RejectedRow(int line, String uscc, List<FieldError> errors) {

        public RejectedRow {
            errors = List.copyOf(errors);
        }
    }
}
