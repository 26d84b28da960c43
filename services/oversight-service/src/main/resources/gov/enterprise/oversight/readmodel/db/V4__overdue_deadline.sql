-- The overdue list is ordered by the deadline a ticket has actually missed (MissedDeadline): the acceptance deadline
-- while the ticket waits to be accepted (ASSIGNED, TRANSFERRED) unless its resolution deadline ends first (a ticket
-- transferred when already late), the resolution deadline otherwise. An unaccepted
-- ticket's red light is about its acceptance deadline while its resolution deadline is weeks ahead: sorted by
-- resolve_due it came after less late tickets. IssueRow writes overdue_due (null unless overdue) from now on, and so
-- does a rebuild's bulk load; this fills it in a generation that has data already, by the same rule.
alter table issue add column overdue_due date;

create function fill_overdue_due() returns void language sql set search_path from current as $$
    update issue
       set overdue_due = case when ticket_state in ('ASSIGNED', 'TRANSFERRED') and accept_due <= resolve_due
                              then accept_due else resolve_due end
     where overdue;
$$;

select fill_overdue_due();

drop index issue_overdue;
-- the overdue list, earliest missed deadline (most overdue) first, reads only overdue rows
create index issue_overdue on issue (overdue_due, reported_at, issue_id) where overdue;
