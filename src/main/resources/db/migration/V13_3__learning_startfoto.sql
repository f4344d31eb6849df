-- The starting picture (startfoto) of a team, once a year, on three points (issue 16, seed 002, VNG "Werken aan
-- veiligheid"): the expertise in the team (who is trained in what, from the list the team keeps), the written
-- agreements with Veilig Thuis and the chain partners (when signed, what they cover), and the policy programmes
-- active in the municipality. Each year is compared with the one before.
create table startfoto (
    id               uuid primary key,
    organisation_id  uuid not null,
    year             integer not null check (year between 2000 and 2200),
    created_at       timestamptz not null,
    created_by       uuid not null,
    unique (organisation_id, year)
);

create table startfoto_expertise (
    startfoto_id     uuid not null references startfoto (id),
    professional_id  uuid not null,
    expertise        text not null check (length(expertise) between 1 and 200),
    primary key (startfoto_id, professional_id, expertise)
);

create table startfoto_agreement (
    startfoto_id  uuid not null references startfoto (id),
    partner       text not null check (length(partner) between 1 and 200),
    signed_on     date,
    covers        text not null check (length(covers) between 1 and 1000),
    primary key (startfoto_id, partner)
);

create table startfoto_programme (
    startfoto_id  uuid not null references startfoto (id),
    name          text not null check (length(name) between 1 and 200),
    primary key (startfoto_id, name)
);
