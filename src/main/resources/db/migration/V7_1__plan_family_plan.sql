-- plan: one plan per household, in phases (safety conditions -> safety plan -> recovery plan), with goals in
-- the family's own words, agreements (who does what by when), evaluation moments, and versions frozen at
-- each evaluation on which the family records whether it agrees.

create table plan (
    household_id  uuid primary key references household (id),
    phase         text not null check (phase in ('SAFETY_CONDITIONS', 'SAFETY_PLAN', 'RECOVERY_PLAN')),
    family_words  text,
    version       integer not null default 0,
    created_at    timestamptz not null,
    created_by    uuid not null references professional (id),
    updated_at    timestamptz not null,
    updated_by    uuid not null references professional (id)
);

create table plan_goal (
    id                   uuid primary key,
    household_id         uuid not null references plan (household_id),
    text                 text not null check (length(text) between 1 and 1000),
    explanation          text,
    -- the danger statement / safety goal of the assessment this goal answers; danger statement ids are stable
    -- across assessment versions, so they are kept without a foreign key
    danger_statement_id  uuid,
    assessment_id        uuid,
    position             integer not null,
    version              integer not null default 0,
    created_at           timestamptz not null,
    created_by           uuid not null references professional (id),
    removed_at           timestamptz
);
create index plan_goal_by_household on plan_goal (household_id, position) where removed_at is null;

create table plan_agreement (
    id                     uuid primary key,
    household_id           uuid not null references plan (household_id),
    goal_id                uuid references plan_goal (id),
    description            text not null check (length(description) between 1 and 1000),
    owner_kind             text not null check (owner_kind in ('FAMILY_MEMBER', 'INFORMAL', 'PROFESSIONAL')),
    owner_member_id        uuid references member (id),
    owner_involvement_id   uuid references involvement (id),
    owner_professional_id  uuid references professional (id),
    owner_name             text not null,
    due_date               date,
    status                 text not null default 'OPEN' check (status in ('OPEN', 'DONE', 'NOT_DONE')),
    status_changed_at      timestamptz,
    version                integer not null default 0,
    created_at             timestamptz not null,
    created_by             uuid not null references professional (id),
    updated_at             timestamptz not null,
    updated_by             uuid not null references professional (id),
    removed_at             timestamptz,
    constraint plan_agreement_owner check (
        (owner_kind = 'FAMILY_MEMBER' and owner_member_id is not null)
        or (owner_kind = 'INFORMAL' and owner_involvement_id is not null)
        or (owner_kind = 'PROFESSIONAL' and owner_professional_id is not null))
);
create index plan_agreement_by_household on plan_agreement (household_id, due_date) where removed_at is null;
-- "my work": the open agreements a professional owns, by due date
create index plan_agreement_open_by_professional on plan_agreement (owner_professional_id, due_date)
    where status = 'OPEN' and removed_at is null;
-- overdue agreements of the households a contact person carries
create index plan_agreement_open_by_due_date on plan_agreement (due_date, household_id)
    where status = 'OPEN' and removed_at is null;

create table plan_progress (
    id                uuid primary key,
    agreement_id      uuid not null references plan_agreement (id),
    text              text not null check (length(text) between 1 and 2000),
    -- who acted: the recording professional writes on behalf of a family or network member when needed
    on_behalf_of      text,
    recorded_by       uuid not null references professional (id),
    recorded_at       timestamptz not null
);
create index plan_progress_by_agreement on plan_progress (agreement_id, recorded_at);

create table plan_evaluation (
    id              uuid primary key,
    household_id    uuid not null references plan (household_id),
    planned_on      date not null,
    held_on         date,
    assessment_id   uuid,
    notes           text,
    phase_before    text,
    phase_after     text,
    version_number  integer,
    created_at      timestamptz not null,
    created_by      uuid not null references professional (id)
);
create index plan_evaluation_by_household on plan_evaluation (household_id, planned_on);
create index plan_evaluation_upcoming on plan_evaluation (planned_on, household_id) where held_on is null;

create table plan_version (
    household_id          uuid not null references plan (household_id),
    number                integer not null,
    phase                 text not null,
    document              jsonb not null,
    frozen_at             timestamptz not null,
    frozen_by             uuid not null references professional (id),
    evaluation_id         uuid references plan_evaluation (id),
    primary key (household_id, number)
);

-- The family's view of a frozen version, in its own words; one per family member who gives it. Views are
-- added, never changed or removed: a disagreement stays visible.
create table plan_family_view (
    id               uuid primary key,
    household_id     uuid not null,
    version_number   integer not null,
    member_name      text not null,
    agrees           boolean not null,
    words            text,
    recorded_at      timestamptz not null,
    recorded_by      uuid not null references professional (id),
    foreign key (household_id, version_number) references plan_version (household_id, number)
);
create index plan_family_view_by_version on plan_family_view (household_id, version_number, recorded_at);
