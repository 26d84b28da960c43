package gov.enterprise.visit.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.enterprise.visit.shared.FieldError;
import gov.enterprise.visit.shared.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VisitFormTest {

    static final String USCC = "91350100M000100Y43";
    static final String VISIT_ID = "0b6f2c1e-6c1a-4f55-9d1e-3f0f6c1b7a10";
    static final Instant AT = Instant.parse("2026-09-24T02:00:00Z");

    @Test
    void aVisitWithoutIssuesIsValid() {
        RecordVisit command = new VisitForm(null, USCC, AT, "PHONE", "Asked about the new plant", null)
                .validate(VisitWindow.DEFAULT, AT);

        assertThat(command.visitId()).isNull();
        assertThat(command.issues()).isEmpty();
        assertThat(command.mode()).isEqualTo(Mode.PHONE);
    }

    @Test
    void aVisitTimeOutsideTheWindowIsNamedWithTheOtherFieldsAtFault() {
        Instant now = AT.plus(Duration.ofDays(200));
        var blankSummary = new VisitForm(null, USCC, AT, "PHONE", " ", null);

        assertThatThrownBy(() -> blankSummary.validate(VisitWindow.DEFAULT, now))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("summary", "visitedAt"));
        // a valid form is left to the recording, which answers a retry of an earlier visit first
        assertThat(new VisitForm(null, USCC, AT, "PHONE", "Asked", null).validate(VisitWindow.DEFAULT, now).visitedAt())
                .isEqualTo(AT);
    }

    @Test
    void namesEveryFieldAtFault() {
        var form = new VisitForm("visit-1", "91350100M000100Y42", null, "VIDEO", "", List.of(
                new VisitForm.IssueForm("not-a-uuid", "地".repeat(101), " ", "land use"),
                new VisitForm.IssueForm(VISIT_ID, "用地指标", "需要20亩工业用地", null),
                new VisitForm.IssueForm(VISIT_ID, "融资", "贷款", "FINANCE")));

        assertThatThrownBy(() -> form.validate(VisitWindow.DEFAULT, AT)).isInstanceOfSatisfying(
                InvalidInputException.class, e ->
                assertThat(e.errors()).extracting(FieldError::field).containsExactly("visitId", "uscc", "visitedAt",
                        "mode", "summary", "issues[0].issueId", "issues[0].title", "issues[0].description",
                        "issues[0].categoryHint", "issues[2].issueId"));
    }

    @Test
    void countsTitleLengthInCharactersNotBytes() {
        var hundred = new VisitForm(null, USCC, AT, "ON_SITE", "走访", List.of(
                new VisitForm.IssueForm(null, "地".repeat(100), "x".repeat(5000), null)));

        assertThat(hundred.validate(VisitWindow.DEFAULT, AT).issues()).hasSize(1);
    }

    @Test
    void aRetryHasTheSameFingerprintWhateverTheTimeZoneSpelling() {
        var first = new VisitForm(VISIT_ID, USCC, Instant.parse("2026-09-24T10:00:00+08:00"), "ON_SITE", "走访",
                List.of(new VisitForm.IssueForm(null, "用地", "需要用地", "land"))).validate(VisitWindow.DEFAULT, AT);
        var retry = new VisitForm(VISIT_ID.toUpperCase(), USCC.toLowerCase(), AT, "ON_SITE", " 走访 ",
                List.of(new VisitForm.IssueForm(null, "用地", "需要用地", "LAND"))).validate(VisitWindow.DEFAULT, AT);

        assertThat(retry.fingerprint("c-17")).isEqualTo(first.fingerprint("c-17"));
    }

    @Test
    void anyDifferenceChangesTheFingerprint() {
        var base = new VisitForm(VISIT_ID, USCC, AT, "ON_SITE", "走访", List.of()).validate(VisitWindow.DEFAULT, AT);
        var otherSummary = new VisitForm(VISIT_ID, USCC, AT, "ON_SITE", "走访了", List.of())
                .validate(VisitWindow.DEFAULT, AT);
        var withIssue = new VisitForm(VISIT_ID, USCC, AT, "ON_SITE", "走访",
                List.of(new VisitForm.IssueForm(null, "a", "b", null))).validate(VisitWindow.DEFAULT, AT);

        assertThat(otherSummary.fingerprint("c-17")).isNotEqualTo(base.fingerprint("c-17"));
        assertThat(withIssue.fingerprint("c-17")).isNotEqualTo(base.fingerprint("c-17"));
        assertThat(base.fingerprint("c-18")).isNotEqualTo(base.fingerprint("c-17"));
    }
}
