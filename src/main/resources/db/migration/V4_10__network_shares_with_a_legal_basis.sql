-- network: a kind of item (joint assessments, core-team notes) shared with one partner in the network, for a
-- period, on a legal basis that can be named. Revoking ends it at once; nothing is deleted, so the household's
-- timeline and the family can see what was shared with whom, when, and on which basis.

create table involvement_share (
    id               uuid primary key,
    household_id     uuid not null references household (id),
    involvement_id   uuid not null references involvement (id),
    what             text not null check (what in ('ASSESSMENTS', 'CORE_TEAM_NOTES')),
    legal_basis      text not null check (legal_basis in ('CONSENT', 'LEGAL_DUTY', 'VITAL_INTEREST', 'COURT_ORDER')),
    -- the members who consented and their names as they were then: the record of a consent does not change
    consent_of       uuid[] not null default '{}',
    consent_names    text[] not null default '{}',
    explanation      text check (explanation is null or length(explanation) <= 1000),
    shared_at        timestamptz not null,
    shared_by        uuid not null references professional (id),
    until_on         date,
    revoked_at       timestamptz,
    revoked_by       uuid references professional (id),
    constraint involvement_share_consent_only_with_consent
        check ((legal_basis = 'CONSENT') = (cardinality(consent_of) > 0)),
    constraint involvement_share_names_match check (cardinality(consent_of) = cardinality(consent_names)),
    constraint involvement_share_revoked_complete check ((revoked_at is null) = (revoked_by is null)),
    constraint involvement_share_revoked_after_start check (revoked_at is null or revoked_at >= shared_at),
    constraint involvement_share_until_after_start
        check (until_on is null or until_on >= (shared_at at time zone 'Europe/Amsterdam')::date)
);
-- the household's list and timeline
create index involvement_share_by_household on involvement_share (household_id, shared_at desc);
-- "what is shared with this professional now": through their involvement
create index involvement_share_running on involvement_share (involvement_id) where revoked_at is null;

-- only with a partner of the same household: the core team, experts and the director see everything already,
-- and an informal member of the network has no account
create function involvement_share_with_partner() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from involvement i
                    where i.id = new.involvement_id and i.household_id = new.household_id and i.role = 'PARTNER') then
        raise exception 'involvement % is not a partner of household %', new.involvement_id, new.household_id
            using errcode = 'check_violation';
    end if;
    return new;
end
$$;
create trigger involvement_share_partner before insert on involvement_share
    for each row execute function involvement_share_with_partner();
