-- portal: what a professional keeps from one family member, and what a family member of 16 or older lets others in
-- the family see.
--
-- A withholding keeps one item (an assessment's worry, decision, participant's view ...; a plan goal or agreement)
-- from one member, only with a legal reason and a date to look at it again. It is ended, never deleted: the
-- family member sees how many items are kept from them and why in general terms, and may object.
create table portal_withholding (
    id          uuid primary key,
    household_id uuid not null,
    member_id   uuid not null,
    item_kind   text not null check (item_kind in ('WORRY', 'STRENGTH', 'NEXT_STEP', 'DANGER_STATEMENT',
                    'KEY_DECISION', 'PARTICIPANT', 'GOAL', 'AGREEMENT')),
    item_id     uuid not null,
    reason      text not null check (reason in ('SAFETY_OF_CHILD', 'PRIVACY_OF_OTHER')),
    note        text check (note is null or length(note) <= 1000),
    review_on   date not null,
    created_at  timestamptz not null,
    created_by  uuid not null references professional (id),
    ended_at    timestamptz,
    ended_by    uuid references professional (id),
    constraint portal_withholding_end_complete check ((ended_at is null) = (ended_by is null))
);
create index portal_withholding_by_household on portal_withholding (household_id, member_id) where ended_at is null;
create unique index portal_withholding_once on portal_withholding (member_id, item_kind, item_id) where ended_at is null;

-- From 16 a young person decides who else in the family sees what concerns them (an adult decides the same for
-- what they said about themselves). One row per member allowed; taking it back ends the row.
create table portal_sharing (
    household_id      uuid not null,
    member_id         uuid not null,
    viewer_member_id  uuid not null,
    allowed_at        timestamptz not null,
    ended_at          timestamptz,
    constraint portal_sharing_not_self check (member_id <> viewer_member_id)
);
create unique index portal_sharing_once on portal_sharing (member_id, viewer_member_id) where ended_at is null;
create index portal_sharing_by_household on portal_sharing (household_id) where ended_at is null;
