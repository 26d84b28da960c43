package gov.enterprise.resolution.handling;

import gov.enterprise.resolution.ticket.Outcome;
import gov.enterprise.resolution.ticket.Satisfaction;
import gov.enterprise.web.text.FreeTextField;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The bodies of the ticket actions (brief §4); names are the contract. */
final class TicketRequests {

    private static final int TEXT = 4000;

    private TicketRequests() {
    }

    record Transfer(@NotBlank @Size(max = 16) String toDepartment,
                    @NotBlank @FreeTextField(max = TEXT) String reason) {
    }

    record Return(@NotBlank @FreeTextField(max = TEXT) String reason) {
    }

    record Progress(@NotBlank @FreeTextField(max = TEXT) String note) {
    }

    record Contribute(@NotBlank @FreeTextField(max = TEXT) String note) {
    }

    record Extend(@NotNull @Min(1) @Max(60) Integer workingDays,
                  @NotBlank @FreeTextField(max = TEXT) String reason) {
    }

    /** The department head's decision; a denial says why. */
    record ExtensionDecision(@NotNull Boolean approve, @FreeTextField(max = TEXT) String comment) {
    }

    /** A leader allows more extensions. */
    record AllowExtension(@NotNull @Min(1) @Max(5) Integer additional,
                          @NotBlank @FreeTextField(max = TEXT) String reason) {
    }

    record Suspend(@NotBlank @FreeTextField(max = TEXT) String reason, @NotNull LocalDate reviewOn) {
    }

    record Resume(@FreeTextField(max = TEXT) String note) {
    }

    /** {@code plannedFor} is required with PLANNED and refused otherwise. */
    record Resolve(@NotBlank @FreeTextField(max = TEXT) String answer, @NotNull Outcome outcome,
                   LocalDate plannedFor) {
    }

    /** A comment is required with DISSATISFIED. */
    record Feedback(@NotNull Satisfaction satisfaction, @FreeTextField(max = TEXT) String comment) {
    }
}
