-- identity: organisations and the professionals who log in for them

create table organisation (
    id            uuid primary key,
    name          text not null,
    type          text not null check (type in ('LOCAL_TEAM', 'VEILIG_THUIS', 'CHILD_PROTECTION_BOARD',
                      'YOUTH_PROTECTION_AGENCY', 'MENTAL_HEALTH', 'POLICE', 'PUBLIC_PROSECUTOR', 'SCHOOL',
                      'GENERAL_PRACTITIONER', 'OTHER')),
    phone         text,
    email         text,
    created_at    timestamptz not null default now(),
    version       integer not null default 0
);
create unique index organisation_name_unique on organisation (lower(name));

create table professional (
    id               uuid primary key,
    username         text not null,
    password_hash    text not null,
    name             text not null,
    organisation_id  uuid references organisation (id),
    roles            text[] not null check (cardinality(roles) > 0),
    email            text,
    phone            text,
    active           boolean not null default true,
    failed_logins    integer not null default 0,
    locked_until     timestamptz,
    created_at       timestamptz not null default now(),
    version          integer not null default 0,
    -- only the functional administrator that Kernteam creates itself works for no organisation
    constraint professional_has_organisation check (organisation_id is not null or 'FUNCTIONAL_ADMIN' = any (roles))
);
create unique index professional_username_unique on professional (lower(username));
create index professional_by_organisation on professional (organisation_id, lower(name));
