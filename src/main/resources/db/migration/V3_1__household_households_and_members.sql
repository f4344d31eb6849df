-- household: the unit of work, with its members. A BSN is never stored in plain form: a keyed fingerprint
-- (for matching and search) and an AES-GCM ciphertext (to show it again) only.

create table household (
    id          uuid primary key,
    name        text not null,
    created_at  timestamptz not null,
    created_by  uuid not null references professional (id),
    updated_at  timestamptz not null,
    version     integer not null default 0
);

create table member (
    id               uuid primary key,
    household_id     uuid not null references household (id),
    given_name       text not null,
    family_name      text not null,
    birth_date       date not null,
    role             text not null check (role in ('CHILD', 'PARENT', 'CARER', 'OTHER')),
    bsn_fingerprint  text,
    bsn_encrypted    text,
    position         integer not null,
    removed_at       timestamptz,
    constraint member_bsn_both_or_neither check ((bsn_fingerprint is null) = (bsn_encrypted is null))
);
create index member_by_household on member (household_id, position) where removed_at is null;
create index member_by_bsn on member (bsn_fingerprint) where bsn_fingerprint is not null;
