-- The current counters per report month and cell (every change summed, whatever its effective month), as
-- issue_cell_day is per report day: the whole months of a period asked "now" sum one row per month and cell here
-- instead of one per month, cell and effective month in issue_delta_month (about 37,000 rows for ten million issues
-- over two years, all of them for an all-time question). CubeStore keeps it in step; this migration fills it for a
-- generation that has data already, and the rebuild fills a new generation with the same function after its bulk
-- load (BulkLoad).
create table issue_cell_month (
    report_month            date    not null,
    region                  text    not null,
    cluster                 text    not null,
    category                text    not null,
    department              text    not null,
    collected               integer not null default 0,
    handled                 integer not null default 0,
    resolved                integer not null default 0,
    solved                  integer not null default 0,
    pending                 integer not null default 0,
    rejected                integer not null default 0,
    overdue                 integer not null default 0,
    closed                  integer not null default 0,
    closed_on_time          integer not null default 0,
    closed_on_time_extended integer not null default 0,
    closed_overdue          integer not null default 0,
    satisfied               integer not null default 0,
    basically_satisfied     integer not null default 0,
    dissatisfied            integer not null default 0,
    closed_by_default       integer not null default 0,
    working_days_to_resolve integer not null default 0,
    primary key (report_month, region, cluster, category, department)
);

-- Summed from issue_cell_day (the current counters per report day, which the projection and the bulk load keep and
-- fill before this runs): the same sums as from issue_delta_day, from about a twentieth of its rows. Rows are
-- written in key order, so that the months a query asks for lie on few pages.
create function fill_issue_cell_month() returns void language sql set search_path from current as $$
    insert into issue_cell_month (report_month, region, cluster, category, department, collected, handled,
        resolved, solved, pending, rejected, overdue, closed, closed_on_time, closed_on_time_extended, closed_overdue,
        satisfied, basically_satisfied, dissatisfied, closed_by_default, working_days_to_resolve)
    select date_trunc('month', report_day)::date, region, cluster, category, department,
           sum(collected), sum(handled), sum(resolved), sum(solved), sum(pending), sum(rejected), sum(overdue),
           sum(closed), sum(closed_on_time), sum(closed_on_time_extended), sum(closed_overdue), sum(satisfied),
           sum(basically_satisfied), sum(dissatisfied), sum(closed_by_default), sum(working_days_to_resolve)
    from issue_cell_day group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5;
$$;

select fill_issue_cell_month();
analyze issue_cell_month;
