-- Pre-summed read models, so that distinct enterprises visited, visits, and figures as of any day are sums over a
-- few thousand rows instead of reads of every visit day or every daily change of a period (docs/metrics.md).
-- Each table is derived from enterprise_visit_day or issue_delta_day, which stay the rows of record. The projection
-- keeps them in step (VisitStore, CubeStore); this migration fills them for a generation that has data already, and
-- the rebuild fills a new generation with the same functions after its bulk load (BulkLoad).

-- Visits. Each enterprise_visit_day row is a point (visit day, previous visit day, region, cluster, visits); a
-- row without a previous visit day is filed under '-infinity', which can be part of a key and compares below any
-- month. days is the number of enterprise_visit_day rows summed, visits the sum of their visits. A row may sum to
-- zero after the projection moved a visit day to another previous month: queries sum, zero rows change nothing.

-- Whole visit months, by the month of the previous visit.
create table visit_month (
    visit_month date    not null,
    region      text    not null,
    cluster     text    not null,
    prev_month  date    not null,
    days        integer not null default 0,
    visits      integer not null default 0,
    primary key (visit_month, region, cluster, prev_month)
);

-- Single visit days (the edges of a period), by the month of the previous visit.
create table visit_day_prev_month (
    visit_day  date    not null,
    region     text    not null,
    cluster    text    not null,
    prev_month date    not null,
    days       integer not null default 0,
    visits     integer not null default 0,
    primary key (visit_day, region, cluster, prev_month)
);

-- The rows with a previous visit, by that day and the visit month: a period starting mid-month counts the rows whose
-- previous visit lies in its first month before its first day.
create table visit_prev_day_month (
    prev_day    date    not null,
    region      text    not null,
    cluster     text    not null,
    visit_month date    not null,
    days        integer not null default 0,
    primary key (prev_day, region, cluster, visit_month)
);

-- The remaining corner (a period ending mid-month, or inside one month, that starts mid-month) reads the rows of a
-- few visit days whose previous visit lies in a few days: one probe per visit day reads only the matching entries.
-- visits is included so that the trend, which still reads visit days, needs no heap either.
drop index enterprise_visit_day_by_day;
create index enterprise_visit_day_by_visit on enterprise_visit_day (visit_day, prev_day)
    include (region, cluster, visits);

-- Fills the three visit tables from enterprise_visit_day: for an existing generation here, for a rebuilt one after
-- its bulk load. search_path is the generation's schema, taken when the function is created. Rows are written in
-- key order, so that a range of the key (the days or months a query asks for) lies on few pages.
create function fill_visit_aggregates() returns void language sql set search_path from current as $$
    insert into visit_month (visit_month, region, cluster, prev_month, days, visits)
    select date_trunc('month', visit_day)::date, region, cluster,
           coalesce(date_trunc('month', prev_day)::date, '-infinity'::date), count(*), sum(visits)
    from enterprise_visit_day group by 1, 2, 3, 4 order by 1, 2, 3, 4;
    insert into visit_day_prev_month (visit_day, region, cluster, prev_month, days, visits)
    select visit_day, region, cluster, coalesce(date_trunc('month', prev_day)::date, '-infinity'::date), count(*),
           sum(visits)
    from enterprise_visit_day group by 1, 2, 3, 4 order by 1, 2, 3, 4;
    insert into visit_prev_day_month (prev_day, region, cluster, visit_month, days)
    select prev_day, region, cluster, date_trunc('month', visit_day)::date, count(*)
    from enterprise_visit_day where prev_day is not null group by 1, 2, 3, 4 order by 1, 2, 3, 4;
$$;

-- The cube's changes by effective day and report month: figures as of a day that is not a month end add the changes
-- of that day's month up to it, read here by effective day, instead of filtering every daily row of the period. No
-- change is effective before its report day, so the report days of that month itself, up to the day, are read here
-- too (all of that report month's changes effective from its first day to the day asked).
create table issue_delta_effective_day (
    effective_day           date    not null,
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
    primary key (effective_day, report_month, region, cluster, category, department)
);

create function fill_issue_delta_effective_day() returns void language sql set search_path from current as $$
    insert into issue_delta_effective_day (effective_day, report_month, region, cluster, category, department,
        collected, handled, resolved, solved, pending, rejected, overdue, closed, closed_on_time,
        closed_on_time_extended, closed_overdue, satisfied, basically_satisfied, dissatisfied, closed_by_default,
        working_days_to_resolve)
    select effective_day, date_trunc('month', report_day)::date, region, cluster, category, department,
           sum(collected), sum(handled), sum(resolved), sum(solved), sum(pending), sum(rejected), sum(overdue),
           sum(closed), sum(closed_on_time), sum(closed_on_time_extended), sum(closed_overdue), sum(satisfied),
           sum(basically_satisfied), sum(dissatisfied), sum(closed_by_default), sum(working_days_to_resolve)
    from issue_delta_day group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5, 6;
$$;

select fill_visit_aggregates();
select fill_issue_delta_effective_day();
analyze visit_month;
analyze visit_day_prev_month;
analyze visit_prev_day_month;
analyze issue_delta_effective_day;
