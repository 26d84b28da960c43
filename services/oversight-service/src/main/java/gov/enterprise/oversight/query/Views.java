package gov.enterprise.oversight.query;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import gov.enterprise.oversight.figure.Figures;
import gov.enterprise.oversight.figure.MissedDeadline;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON answers of the oversight API (docs/api/oversight-service.md). */
public final class Views {

    private Views() {
    }

    /** What was asked, as the service understood it (defaults filled in, scope applied). */
    public record Query(LocalDate from, LocalDate to, LocalDate asOf, String region, String cluster,
                        String category, String department, int generation) {
    }

    /** The figures, flat at the top level as brief §4 names them, with the query beside them. */
    public record Summary(@JsonUnwrapped Figures figures, Query query, Instant generatedAt) {
    }

    public record BreakdownRow(String key, String nameZh, String nameEn, @JsonUnwrapped Figures figures) {
    }

    public record Breakdown(String by, List<BreakdownRow> rows, Figures total, Query query, Instant generatedAt) {
    }

    /**
     * One trend bucket: the figures of the period's issues as they stood at its end, and what happened within it.
     */
    public record TrendRow(LocalDate from, LocalDate to, Figures figures, InInterval inInterval) {
    }

    /** Net changes within a bucket: new issues (less confirmed duplicates), newly handled, resolved, closed. */
    public record InInterval(long collected, long handled, long resolved, long closed, Long visits,
                             Long enterprisesVisited) {
    }

    public record Trend(String interval, List<TrendRow> rows, Query query, Instant generatedAt) {
    }

    /**
     * An overdue ticket. {@code missedDeadline} says which deadline it missed ({@code ACCEPTANCE} while it waits to be
     * accepted, else {@code RESOLUTION}); {@code workingDaysOverdue} counts from that deadline.
     */
    public record OverdueItem(String issueId, String title, String uscc, String enterpriseName, String region,
                              String cluster, String category, String department, String departmentNameZh,
                              String departmentNameEn, String state, String light, MissedDeadline missedDeadline,
                              LocalDate acceptDue, LocalDate resolveDue, Integer workingDaysOverdue,
                              Instant overdueSince, int escalationLevel, String escalatedTo, Instant reportedAt) {
    }

    public record Overdue(List<OverdueItem> items, String nextCursor, Query query, Instant generatedAt) {
    }

    public record RankingRow(Integer rank, String department, String nameZh, String nameEn, long tickets,
                             Double value, @JsonUnwrapped Figures figures) {
    }

    public record Ranking(String measure, long minimumTickets, List<RankingRow> rows, Query query,
                          Instant generatedAt) {
    }
}
