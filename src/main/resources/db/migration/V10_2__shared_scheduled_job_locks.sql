-- shared: scheduled jobs run once across nodes (issue 18). ShedLock keeps one row per job; a node runs a job only
-- while it holds the row (lock_until in the future, set in the database's time so that the nodes' clocks do not
-- matter). The table's shape is ShedLock's (JdbcTemplateLockProvider); no code of Kernteam reads or writes it.

create table shedlock (
    name       varchar(64) primary key,
    lock_until timestamptz not null,
    locked_at  timestamptz not null,
    locked_by  varchar(255) not null
);
