package gov.enterprise.resolution.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The working days a ticket spent with each department and in each state, from its recorded transitions, so that
 * passing a case on is visible: a ticket transferred twice shows the days each department held it.
 *
 * <p>A stay runs from one transition to the next (the last one until now, unless the ticket is closed) and counts the
 * working days in between as the calendar does: the day it began never counts, the day it ended does.
 */
public record Ledger(List<Share> byDepartment, List<Share> byState) {

    public record Share(String name, int workingDays) {
    }

    public Ledger {
        byDepartment = List.copyOf(byDepartment);
        byState = List.copyOf(byState);
    }

    /** @param transitions the ticket's transitions in the order they happened */
    public static Ledger of(List<Transition> transitions, Instant now, Deadlines deadlines) {
        var departments = new LinkedHashMap<String, Integer>();
        var states = new LinkedHashMap<String, Integer>();
        for (int i = 0; i < transitions.size(); i++) {
            Transition stay = transitions.get(i);
            departments.putIfAbsent(stay.department(), 0);
            states.putIfAbsent(stay.to().name(), 0);
            Instant end = i + 1 < transitions.size() ? transitions.get(i + 1).at()
                    : stay.to() == TicketState.CLOSED ? stay.at() : now;
            LocalDate from = deadlines.day(stay.at());
            LocalDate to = deadlines.day(end);
            int days = Math.max(0, deadlines.workingDaysBetween(from, to));
            departments.merge(stay.department(), days, Integer::sum);
            states.merge(stay.to().name(), days, Integer::sum);
        }
        return new Ledger(shares(departments), shares(states));
    }

    private static List<Share> shares(Map<String, Integer> days) {
        return days.entrySet().stream().map(e -> new Share(e.getKey(), e.getValue())).toList();
    }
}
