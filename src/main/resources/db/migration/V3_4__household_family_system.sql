-- household: the family system (issue 12). Where members live and how to reach them; relations between
-- members with parental authority (gezag) as data; households linked into one family system; life-domain checks.

alter table member
    add column phone     text check (length(phone) <= 40),
    add column email     text check (length(email) <= 200),
    add column residence text not null default 'HERE' check (residence in ('HERE', 'PART_TIME', 'ELSEWHERE')),
    -- optional; the genogram draws a square, a circle or a diamond for it
    add column gender    text check (gender in ('FEMALE', 'MALE', 'OTHER'));

-- A relation reads "from is <kind> to", e.g. the mother PARENT_OF the child. A certified agency can be the
-- guardian of a child (GUARDIAN_OF from an organisation) once parental authority has ended.
create table member_relation (
    id                        uuid primary key,
    household_id              uuid not null references household (id),
    from_member_id            uuid references member (id),
    guardian_organisation_id  uuid references organisation (id),
    to_member_id              uuid not null references member (id),
    kind                      text not null check (kind in ('PARENT_OF', 'STEP_PARENT_OF', 'FOSTER_PARENT_OF',
                                  'GUARDIAN_OF', 'GRANDPARENT_OF', 'SIBLING_OF', 'PARTNER_OF', 'EX_PARTNER_OF')),
    parental_authority        boolean not null default false,
    authority_since           date,
    created_at                timestamptz not null,
    created_by                uuid not null references professional (id),
    ended_at                  timestamptz,
    ended_by                  uuid references professional (id),
    constraint relation_from_member_or_agency check ((from_member_id is null) <> (guardian_organisation_id is null)),
    constraint relation_agency_only_as_guardian check (guardian_organisation_id is null or kind = 'GUARDIAN_OF'),
    constraint relation_not_to_self check (from_member_id is distinct from to_member_id),
    constraint relation_authority_only_for_parents check (not parental_authority or kind in ('PARENT_OF', 'GUARDIAN_OF')),
    constraint relation_authority_date_with_authority check (authority_since is null or parental_authority)
);
create index member_relation_by_household on member_relation (household_id) where ended_at is null;
create unique index member_relation_once on member_relation
    (coalesce(from_member_id, guardian_organisation_id), to_member_id, kind) where ended_at is null;

-- Households linked on purpose (grandparents, an adult sibling). A child who is a member of two households
-- links them without a row here: the shared BSN fingerprint does.
create table household_link (
    id                  uuid primary key,
    household_id        uuid not null references household (id),
    other_household_id  uuid not null references household (id),
    kind                text not null check (kind in ('PARENTS_APART', 'GRANDPARENTS', 'OTHER_FAMILY')),
    reason              text not null check (length(reason) between 1 and 2000),
    created_at          timestamptz not null,
    created_by          uuid not null references professional (id),
    ended_at            timestamptz,
    constraint household_link_not_to_self check (household_id <> other_household_id)
);
create index household_link_from on household_link (household_id) where ended_at is null;
create index household_link_to on household_link (other_household_id) where ended_at is null;
create unique index household_link_once on household_link
    (least(household_id, other_household_id), greatest(household_id, other_household_id)) where ended_at is null;

-- A life-domain check of one member on one date: a score per domain from 1 (acute problem) to 5 (fully
-- self-reliant), in the person's own words, and where the strength comes from.
create table life_domain_check (
    id            uuid primary key,
    household_id  uuid not null references household (id),
    member_id     uuid not null references member (id),
    checked_on    date not null,
    created_at    timestamptz not null,
    created_by    uuid not null references professional (id)
);
create index life_domain_check_by_household on life_domain_check (household_id, checked_on desc, created_at desc);

create table life_domain_score (
    check_id   uuid not null references life_domain_check (id),
    domain     text not null check (domain in ('FINANCES', 'WORK_EDUCATION', 'TIME_USE', 'HOUSING',
                   'DOMESTIC_RELATIONS', 'MENTAL_HEALTH', 'PHYSICAL_HEALTH', 'ADDICTION', 'BASIC_SELF_CARE',
                   'DAILY_ACTIVITIES', 'SOCIAL_NETWORK', 'PARTICIPATION', 'JUSTICE', 'PARENTING', 'CHILD_DEVELOPMENT')),
    score      smallint not null check (score between 1 and 5),
    words      text check (length(words) <= 2000),
    strength   text check (strength in ('SELF', 'NETWORK', 'PROFESSIONALS')),
    primary key (check_id, domain)
);
