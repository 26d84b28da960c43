-- The official calendar years loaded at run time (intake publishes each load on intake.events): they take the place
-- of the library's bundled year of the same number, so that a deadline here counts the days intake counted.
create table calendar_year (
    year             integer     primary key,
    holidays         date[]      not null,
    make_up_workdays date[]      not null,
    loaded_by        text        not null,
    loaded_at        timestamptz not null
);
