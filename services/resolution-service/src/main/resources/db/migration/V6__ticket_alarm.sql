-- The deadline evaluation finds its tickets in a narrow table of its own instead of partial indexes on ticket. Those
-- indexes were defined on the columns the evaluation changes (light, escalation level, review reminded, state), so
-- no evaluation update of the wide ticket row could be HOT: each wrote entries in every index on ticket. Now the
-- finding is here, and the ticket row's update touches no index unless a work-queue column changes (a close moves
-- queue_due and state: not HOT, rare).

-- The next day the evaluation must look at each ticket (Ticket.nextEvaluationDay: the earliest of its running
-- clock's next change, the review day of a suspended ticket not yet reminded, the day after a resolved ticket's
-- feedback_due); no row when there is none. Written by TicketRepository with every insert and update of a ticket.
create table ticket_alarm (
    issue_id text primary key,
    due_on   date not null
);
-- The evaluation walks (due_on, issue_id) <= today in keyset batches.
create index ticket_alarm_due on ticket_alarm (due_on, issue_id);

insert into ticket_alarm (issue_id, due_on)
select issue_id, due_on
from (select issue_id,
             least(case when active_due is not null then
                            case when light = 'GREEN' then yellow_on
                                 when light <> 'RED' or escalation_level = 0 then red_on
                                 when escalation_level < 2 then further_overdue_on end end,
                   case when state = 'SUSPENDED' and not review_reminded then review_on end,
                   case when state = 'RESOLVED' then feedback_due + 1 end) as due_on
      from ticket) next
where due_on is not null;

drop index ticket_clock_next;
drop index ticket_review_due;
drop index ticket_feedback_due;

-- Room in every page for new versions of its rows, so that an update changing no indexed column stays in the page
-- (HOT) and writes no index entry. Tickets routed the same day share pages and their light days, so the evaluation
-- changes most rows of a page in one transaction, and an old version's room comes back only after it commits: a page
-- must hold several new versions at once. With 85 only 15% of a catch-up's updates were HOT, with 50 three quarters
-- (docs/benchmarks.md). The table starts about 1.7 times as large; the non-HOT updates it saves would have grown it
-- anyway. Only pages written from now on get it.
alter table ticket set (fillfactor = 50);
