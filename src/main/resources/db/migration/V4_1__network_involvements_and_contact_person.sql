-- network: who is involved with a household, and the one contact person. Access to a household follows
-- this table: a professional sees a household while involved (or under logged emergency access).

create table involvement (
    id               uuid primary key,
    household_id     uuid not null references household (id),
    professional_id  uuid references professional (id),
    organisation_id  uuid references organisation (id),
    person_name      text,
    relation         text,
    role             text not null check (role in ('CORE_TEAM', 'EXPERT', 'PARTNER', 'INFORMAL')),
    reason           text not null,
    started_at       timestamptz not null,
    started_by       uuid references professional (id),
    ended_at         timestamptz,
    ended_by         uuid references professional (id),
    end_reason       text,
    -- a professional (with organisation) or an informal person, never both
    constraint involvement_professional_or_person check (
        (professional_id is not null and organisation_id is not null and person_name is null)
        or (professional_id is null and person_name is not null and role = 'INFORMAL')),
    constraint involvement_ends_after_start check (ended_at is null or ended_at >= started_at)
);
create unique index involvement_one_current_per_professional on involvement (household_id, professional_id)
    where ended_at is null and professional_id is not null;
create index involvement_current_by_professional on involvement (professional_id, household_id) where ended_at is null;
create index involvement_by_household on involvement (household_id, started_at desc);

create table contact_person (
    id               uuid primary key,
    household_id     uuid not null references household (id),
    professional_id  uuid not null references professional (id),
    reason           text not null,
    started_at       timestamptz not null,
    started_by       uuid references professional (id),
    ended_at         timestamptz
);
-- at most one current contact person per household ...
create unique index contact_person_one_current on contact_person (household_id) where ended_at is null;
create index contact_person_current_by_professional on contact_person (professional_id) where ended_at is null;

-- ... always from a local team ...
create function contact_person_must_be_local_team() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from professional p join organisation o on o.id = p.organisation_id
                   where p.id = new.professional_id and o.type = 'LOCAL_TEAM') then
        raise exception 'contact person % does not work for a local team', new.professional_id
            using errcode = 'check_violation';
    end if;
    return new;
end
$$;
create trigger contact_person_local_team before insert on contact_person
    for each row execute function contact_person_must_be_local_team();

-- ... and at least one: checked when the transaction commits, so that a handover can end one and start the next.
create function household_has_current_contact_person(checked uuid) returns void language plpgsql as $$
begin
    if exists (select 1 from household where id = checked)
       and not exists (select 1 from contact_person where household_id = checked and ended_at is null) then
        raise exception 'household % has no current contact person', checked using errcode = 'check_violation';
    end if;
end
$$;
create function household_registered_with_contact_person() returns trigger language plpgsql as $$
begin
    perform household_has_current_contact_person(new.id);
    return null;
end
$$;
create function contact_person_change_leaves_one() returns trigger language plpgsql as $$
begin
    perform household_has_current_contact_person(old.household_id);
    return null;
end
$$;
create constraint trigger household_has_contact_person after insert on household
    deferrable initially deferred for each row execute function household_registered_with_contact_person();
create constraint trigger contact_person_remains after update or delete on contact_person
    deferrable initially deferred for each row execute function contact_person_change_leaves_one();

create table director (
    id               uuid primary key,
    household_id     uuid not null references household (id),
    professional_id  uuid not null references professional (id),
    reason           text not null,
    started_at       timestamptz not null,
    started_by       uuid references professional (id),
    ended_at         timestamptz
);
create unique index director_one_current on director (household_id) where ended_at is null;

create table emergency_access (
    id               uuid primary key,
    household_id     uuid not null references household (id),
    professional_id  uuid not null references professional (id),
    organisation_id  uuid references organisation (id),
    reason           text not null check (length(trim(reason)) > 0),
    started_at       timestamptz not null,
    expires_at       timestamptz not null,
    constraint emergency_access_expires_after_start check (expires_at > started_at)
);
create index emergency_access_by_professional on emergency_access (professional_id, household_id, expires_at);
create index emergency_access_by_household on emergency_access (household_id, started_at desc);

-- Who may see which household now. Household lists join this view so that they stay one query.
create view household_visibility as
    select household_id, professional_id, false as emergency
      from involvement
     where ended_at is null and professional_id is not null
    union all
    select household_id, professional_id, true as emergency
      from emergency_access
     where expires_at > now();
