-- Reflection on a household against the seven working principles, by one professional or the core team, private
-- (only its author reads it) by default; intervision sessions of a team: when, who attended, which cases (short
-- labels without names). The team lead reads only dates from these: when the team last met, when each
-- professional last reflected.
create table reflection (
    id               uuid primary key,
    household_id     uuid not null,
    author_id        uuid not null,
    organisation_id  uuid not null,
    by_core_team     boolean not null,
    private          boolean not null default true,
    reflected_on     date not null,
    created_at       timestamptz not null
);
create index reflection_by_household on reflection (household_id, reflected_on desc);
create index reflection_by_author on reflection (author_id, reflected_on desc);

create table reflection_principle (
    reflection_id  uuid not null references reflection (id),
    principle      text not null check (principle in ('CLARITY_ABOUT_WORRIES', 'FAMILY_AS_STARTING_POINT',
                       'ANALYSE_AND_DECIDE_TOGETHER', 'MOTIVATING_SUPPORT', 'ONE_COHERENT_PLAN',
                       'SHARED_LANGUAGE_OF_SAFETY', 'FOLLOWING_PROGRESS')),
    note           text not null check (length(note) between 1 and 2000),
    primary key (reflection_id, principle)
);

create table intervision (
    id               uuid primary key,
    organisation_id  uuid not null,
    held_on          date not null,
    recorded_by      uuid not null,
    created_at       timestamptz not null
);
create index intervision_by_organisation on intervision (organisation_id, held_on desc);

create table intervision_attendee (
    intervision_id   uuid not null references intervision (id),
    professional_id  uuid not null,
    primary key (intervision_id, professional_id)
);
create index intervision_attendee_by_professional on intervision_attendee (professional_id);

create table intervision_case (
    intervision_id  uuid not null references intervision (id),
    position        integer not null,
    label           text not null check (length(label) between 1 and 200),
    primary key (intervision_id, position)
);
