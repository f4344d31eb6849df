-- safetyteam: reports and advice requests to Veilig Thuis, and the statutory clocks they start. A report
-- starts the safety assessment (5 working days, or the same day when acute); an assessment that decides to
-- investigate starts the investigation (10 weeks). A clock is met on the day its step is recorded; the
-- reporter's feedback after each step is recorded too.

create table report (
    id                  uuid primary key,
    household_id        uuid not null references household (id),
    organisation_id     uuid not null references organisation (id),
    kind                text not null check (kind in ('REPORT', 'ADVICE')),
    received_on         date not null,
    acute               boolean not null,
    assessed_on         date,
    outcome             text check (outcome in ('INVESTIGATION', 'SAFETY_CONDITIONS', 'HAND_OVER_TO_LOCAL', 'ADVICE',
                                                 'CLOSE')),
    concluded_on        date,
    created_at          timestamptz not null,
    created_by          uuid not null references professional (id),
    check ((assessed_on is null) = (outcome is null))
);
create index report_by_household on report (household_id, received_on desc);

-- household_id and organisation_id are copied from the report so that the deadlines list reaches the running
-- clocks of a household or an organisation through one partial index each, in due order
create table report_deadline (
    report_id        uuid not null references report (id),
    kind             text not null check (kind in ('SAFETY_ASSESSMENT', 'INVESTIGATION')),
    household_id     uuid not null references household (id),
    organisation_id  uuid not null references organisation (id),
    starts_on        date not null,
    due              date not null,
    met_on           date,
    primary key (report_id, kind)
);
create index report_deadline_running_by_household on report_deadline (household_id, due) where met_on is null;
create index report_deadline_running_by_organisation on report_deadline (organisation_id, due) where met_on is null;

create table report_feedback (
    id           uuid primary key,
    report_id    uuid not null references report (id),
    step         text not null check (step in ('SAFETY_ASSESSMENT', 'INVESTIGATION')),
    given_on     date not null,
    note         text check (length(note) <= 2000),
    recorded_at  timestamptz not null,
    recorded_by  uuid not null references professional (id)
);
create index report_feedback_by_report on report_feedback (report_id, given_on);
