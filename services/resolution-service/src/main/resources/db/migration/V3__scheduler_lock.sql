-- ShedLock's table: the deadline evaluation runs in one instance at a time (the lock's time is the database's).
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
