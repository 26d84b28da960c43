-- The deadline evaluation changes hundreds of thousands of tickets after an outage; each change is an update of the
-- ticket row that cannot be HOT (the light and escalation it changes decide which partial indexes hold the row), so
-- every index on ticket gets a new entry for it. Fewer indexes, fewer entries.

-- One index for the running clock instead of four (turns yellow, turns red, escalates, escalates further): its key
-- is the next day the ticket's light or escalation changes, so the evaluation finds every clock change due today in
-- one range, and a changed row gets one entry here (none once red and at the top of the ladder) instead of up to
-- three. The expression relies on yellow_on <= red_on <= further_overdue_on (Deadlines); DeadlineEvaluation names
-- it word for word, so that the planner matches it to this index.
create index ticket_clock_next on ticket ((case when light = 'GREEN' then yellow_on
                                                when light <> 'RED' or escalation_level = 0 then red_on
                                                when escalation_level < 2 then further_overdue_on end), issue_id)
    where active_due is not null and (light <> 'RED' or escalation_level < 2);
drop index ticket_turns_yellow;
drop index ticket_turns_red;
drop index ticket_escalates;
drop index ticket_escalates_further;

-- Co-departments' queues: only the tickets that have co-departments (a minority) need an entry; an empty array
-- was an entry too, written again with every update. The queue's condition names the predicate (WorkQueue).
drop index ticket_co_departments;
create index ticket_co_departments on ticket using gin (co_departments) where co_departments <> '{}';

-- History rows are written only by TicketHistory, in the transaction that inserted or updated (and so locked) the
-- ticket, whose rows are never deleted; its insert checks the tickets exist once per statement (a semi-join)
-- rather than through a foreign-key trigger per row.
alter table ticket_history drop constraint ticket_history_issue_id_fkey;
