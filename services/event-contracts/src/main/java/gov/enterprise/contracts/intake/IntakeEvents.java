package gov.enterprise.contracts.intake;

import gov.enterprise.contracts.EventType;
import gov.enterprise.contracts.Topics;
import java.util.List;

/**
 * The events the intake service publishes on {@code intake.events}: an issue's, keyed by its id, and the working-day
 * calendar's, keyed {@code calendar:<year>}.
 */
public final class IntakeEvents {

    public static final EventType<IssueReportedV1> ISSUE_REPORTED = EventType.of(
            "gov.enterprise.intake.issue-reported.v1", IssueReportedV1.class, Topics.INTAKE_EVENTS);
    public static final EventType<IssueRoutedV1> ISSUE_ROUTED = EventType.of(
            "gov.enterprise.intake.issue-routed.v1", IssueRoutedV1.class, Topics.INTAKE_EVENTS);
    public static final EventType<IssueReroutedV1> ISSUE_REROUTED = EventType.of(
            "gov.enterprise.intake.issue-rerouted.v1", IssueReroutedV1.class, Topics.INTAKE_EVENTS);
    public static final EventType<IssueSentToTriageV1> ISSUE_SENT_TO_TRIAGE = EventType.of(
            "gov.enterprise.intake.issue-sent-to-triage.v1", IssueSentToTriageV1.class, Topics.INTAKE_EVENTS);
    public static final EventType<DuplicateFlaggedV1> DUPLICATE_FLAGGED = EventType.of(
            "gov.enterprise.intake.duplicate-flagged.v1", DuplicateFlaggedV1.class, Topics.INTAKE_EVENTS);
    public static final EventType<DuplicateConfirmedV1> DUPLICATE_CONFIRMED = EventType.of(
            "gov.enterprise.intake.duplicate-confirmed.v1", DuplicateConfirmedV1.class, Topics.INTAKE_EVENTS);
    public static final EventType<DuplicateRejectedV1> DUPLICATE_REJECTED = EventType.of(
            "gov.enterprise.intake.duplicate-rejected.v1", DuplicateRejectedV1.class, Topics.INTAKE_EVENTS);
    public static final EventType<IssueRejectedV1> ISSUE_REJECTED = EventType.of(
            "gov.enterprise.intake.issue-rejected.v1", IssueRejectedV1.class, Topics.INTAKE_EVENTS);
    public static final EventType<CalendarYearLoadedV1> CALENDAR_YEAR_LOADED = EventType.of(
            "gov.enterprise.intake.calendar-year-loaded.v1", CalendarYearLoadedV1.class, Topics.INTAKE_EVENTS);

    public static final List<EventType<?>> ALL = List.of(ISSUE_REPORTED, ISSUE_ROUTED, ISSUE_REROUTED,
            ISSUE_SENT_TO_TRIAGE, DUPLICATE_FLAGGED, DUPLICATE_CONFIRMED, DUPLICATE_REJECTED, ISSUE_REJECTED,
            CALENDAR_YEAR_LOADED);

    private IntakeEvents() {
    }
}
