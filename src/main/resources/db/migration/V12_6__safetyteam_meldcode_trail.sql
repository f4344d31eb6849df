-- safetyteam: the meldcode trail of a household (Meldcode huiselijk geweld en kindermishandeling): its five steps
-- as they were taken (when, by whom, notes), the five questions of the weighing framework (afwegingskader), and
-- the decision it ends in. One trail per household; once decided it is closed.

create table meldcode_trail (
    household_id   uuid primary key references household (id),
    suspicion      boolean,
    unsafety       boolean,
    help_possible  boolean,
    help_accepted  boolean,
    help_results   boolean,
    decision       text check (decision in ('HELP_ORGANISED', 'ADVICE_ASKED', 'REPORT_MADE')),
    decided_on     date,
    decided_by     uuid references professional (id),
    version        integer not null default 0,
    created_at     timestamptz not null,
    created_by     uuid not null references professional (id),
    updated_at     timestamptz not null,
    updated_by     uuid not null references professional (id),
    check ((decision is null) = (decided_on is null))
);

create table meldcode_step (
    household_id  uuid not null references meldcode_trail (household_id),
    step          text not null check (step in ('MAP_SIGNALS', 'CONSULT', 'TALK', 'WEIGH', 'DECIDE')),
    done_on       date not null,
    done_by       uuid not null references professional (id),
    notes         text check (length(notes) <= 4000),
    recorded_at   timestamptz not null,
    primary key (household_id, step)
);
