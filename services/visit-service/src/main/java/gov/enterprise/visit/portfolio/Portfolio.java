package gov.enterprise.visit.portfolio;

import java.util.List;

/** A cadre's enterprises, in code order, under the contact policy in force. */
public record Portfolio(String cadreId, ContactPolicy policy, List<PortfolioEntry> entries) {

    public Portfolio {
        entries = List.copyOf(entries);
    }

    public long overdue() {
        return entries.stream().filter(entry -> entry.contact().overdue()).count();
    }

    public long openIssues() {
        return entries.stream().mapToLong(entry -> entry.openIssues().size()).sum();
    }
}
