package gov.enterprise.intake.messaging;

import gov.enterprise.calendar.YearCalendar;
import gov.enterprise.contracts.intake.CalendarYearLoadedV1;
import gov.enterprise.intake.deadline.CalendarEvents;
import gov.enterprise.intake.deadline.CalendarYearLoaded;
import gov.enterprise.messaging.outbox.Outbox;

/** A loaded calendar year as {@code CalendarYearLoadedV1} on {@code intake.events}, keyed {@code calendar:<year>}. */
public class OutboxCalendarEvents implements CalendarEvents {

    private final Outbox outbox;

    public OutboxCalendarEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void loaded(CalendarYearLoaded loaded) {
        YearCalendar calendar = loaded.calendar();
        int year = calendar.year().getValue();
        outbox.append(new CalendarYearLoadedV1(year, calendar.holidays().stream().sorted().toList(),
                calendar.makeUpWorkdays().stream().sorted().toList(), loaded.loadedBy(), loaded.loadedAt()),
                CalendarYearLoadedV1.subject(year));
    }
}
