-- portal: a family member's progress on an agreement of the plan they own themselves (the plan's agreement owner
-- is this member), with whether they say it is done. Appended, never changed; the member is the author. The plan
-- shows it with its own progress notes; whether the agreement counts as done stays the professionals' call.

create table portal_agreement_progress (
    id             uuid primary key,
    household_id   uuid not null,
    agreement_id   uuid not null,
    done           boolean not null,
    text           text not null check (length(text) between 1 and 2000),
    account_id     uuid not null,
    member_id      uuid not null,
    author_name    text not null,
    recorded_at    timestamptz not null
);
create index portal_agreement_progress_by_household on portal_agreement_progress (household_id, recorded_at);
