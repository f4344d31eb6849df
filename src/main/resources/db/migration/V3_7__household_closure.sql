-- household: closing the file. Help ends (issue 15): the contact person closes the household with a reason, the
-- family's view and the last scale; the retention period starts. Reopening within it starts a new period of
-- help and keeps the history: a closure is never deleted, only marked reopened. At most one closure is open.

create table household_closure (
    id               uuid primary key,
    household_id     uuid not null references household (id),
    closed_at        timestamptz not null,
    closed_by        uuid not null references professional (id),
    reason           text not null check (length(reason) between 1 and 1000),
    family_view      text check (family_view is null or length(family_view) <= 4000),
    last_scale       integer check (last_scale is null or last_scale between 0 and 10),
    retention_until  date not null,
    reopened_at      timestamptz,
    reopened_by      uuid references professional (id),
    reopen_reason    text check (reopen_reason is null or length(reopen_reason) between 1 and 1000),
    constraint household_closure_reopened_whole check (
        (reopened_at is null) = (reopened_by is null) and (reopened_at is null) = (reopen_reason is null))
);
create unique index household_closure_one_open on household_closure (household_id) where reopened_at is null;
create index household_closure_retention on household_closure (retention_until) where reopened_at is null;
