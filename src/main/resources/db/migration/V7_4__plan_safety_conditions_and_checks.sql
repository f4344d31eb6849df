-- plan: the minimum safety conditions agreed with the family stay in force (issue 14). They are not a phase the
-- plan leaves behind but conditions checked on dates: held or not, by whom (a professional or a family member,
-- by name), with an optional note. Checks are added, never changed: a condition not held stays visible.

create table plan_safety_condition (
    id           uuid primary key,
    household_id uuid not null references plan (household_id),
    text         text not null check (length(trim(text)) between 1 and 1000),
    agreed_on    date not null,
    position     integer not null,
    created_at   timestamptz not null,
    created_by   uuid not null references professional (id)
);
create index plan_safety_condition_by_household on plan_safety_condition (household_id, position);

create table plan_condition_check (
    id            uuid primary key,
    condition_id  uuid not null references plan_safety_condition (id),
    checked_on    date not null,
    held          boolean not null,
    checked_by    text not null check (length(trim(checked_by)) between 1 and 200),
    note          text check (length(note) <= 2000),
    recorded_by   uuid not null references professional (id),
    recorded_at   timestamptz not null,
    -- one check per condition, day and person: a form sent twice records one check
    constraint plan_condition_check_once unique (condition_id, checked_on, checked_by)
);
create index plan_condition_check_by_condition on plan_condition_check (condition_id, checked_on desc, recorded_at desc);
