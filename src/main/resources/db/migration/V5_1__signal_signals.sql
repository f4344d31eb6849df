-- signal: an organisation says "we are involved with this person" (the Verwijsindex idea). Only the fact is
-- kept: who (a keyed fingerprint, never a BSN or name), which organisation and professional, since when.
-- Never a reason. A signal is active until it is withdrawn, its active period ends or the young person
-- reaches the age limit; then it is ended and kept in the archive (hint and birth date wiped) until the
-- archive period ends, when the lifecycle job deletes it.

create table signal (
    id                  uuid primary key,
    -- HMAC-SHA-256 of the canonical BSN (equal to member.bsn_fingerprint), or of "family|given|yyyy-mm-dd"
    person_fingerprint  text not null,
    identified_by       text not null check (identified_by in ('BSN', 'NAME_AND_BIRTH_DATE')),
    -- what the own organisation sees to recognise its signal: "••••••123" or initials; never the full BSN
    hint                text,
    -- only for a person under the age limit when signalled, for the age rule; wiped when the signal ends
    birth_date          date,
    organisation_id     uuid not null references organisation (id),
    professional_id     uuid not null references professional (id),
    registered_at       timestamptz not null,
    ended_at            timestamptz,
    end_reason          text check (end_reason in ('WITHDRAWN', 'EXPIRED', 'AGE_LIMIT')),
    ended_by            uuid references professional (id),
    constraint signal_end_complete check ((ended_at is null) = (end_reason is null)),
    constraint signal_ended_is_archived check (ended_at is null or (hint is null and birth_date is null))
);

-- One active signal per organisation and person; also the index of the match lookup (fingerprint first).
create unique index signal_one_active_per_organisation on signal (person_fingerprint, organisation_id)
    where ended_at is null;
-- Which organisations signalled a person, archive included (the family's own view).
create index signal_by_person on signal (person_fingerprint, registered_at);
-- A professional's matches and an organisation's list.
create index signal_active_by_professional on signal (professional_id, registered_at desc) where ended_at is null;
create index signal_active_by_organisation on signal (organisation_id, registered_at desc) where ended_at is null;
-- The lifecycle job: expiry, age limit, end of the archive period.
create index signal_active_by_registration on signal (registered_at) where ended_at is null;
create index signal_active_by_birth_date on signal (birth_date) where ended_at is null and birth_date is not null;
create index signal_archived on signal (ended_at) where ended_at is not null;
