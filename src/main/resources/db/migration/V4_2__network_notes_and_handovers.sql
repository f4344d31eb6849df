-- network: contact notes (what one professional recorded, the next one reads) and the details of handovers.

create table note (
    id               uuid primary key,
    household_id     uuid not null references household (id),
    author_id        uuid not null references professional (id),
    organisation_id  uuid references organisation (id),
    kind             text not null check (kind in ('CONVERSATION', 'HOME_VISIT', 'PHONE_CALL', 'MEETING', 'OTHER')),
    occurred_on      date not null,
    present          text[] not null default '{}',
    text             text not null check (length(text) between 1 and 4000),
    created_at       timestamptz not null
);
create index note_by_household on note (household_id, created_at desc);

-- who ended a contact person's or director's term, and whether the previous contact person stayed involved
alter table contact_person add column ended_by uuid references professional (id);
alter table contact_person add column previous_stays_involved boolean;
alter table director add column ended_by uuid references professional (id);

create index director_by_household on director (household_id, started_at desc);
create index contact_person_by_household on contact_person (household_id, started_at desc);

-- emergency access is read-only and temporary; record who asked, for the timeline and the contact person
create index involvement_ended_by_household on involvement (household_id, ended_at desc) where ended_at is not null;
