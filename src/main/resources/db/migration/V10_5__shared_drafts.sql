-- shared: drafts of typed text (issue 17). While a professional types in a form (a part of a joint assessment,
-- a plan agreement), the page keeps what was typed here, per professional and item, so that a closed tab or an
-- expired session loses nothing; the page offers it back on return, and saving the form deletes it. The text is
-- family data: stored encrypted (the personal-data cipher), reached only through the household's access check
-- (household.DraftController, logged), and destroyed with the household's file (household.DraftDestructionListener).
-- No foreign keys: the table belongs to shared, which knows no households; destruction deletes by household_id.

create table draft (
    professional_id uuid not null,
    household_id    uuid not null,
    item            text not null check (item ~ '^[a-z-]+:[0-9a-f-]{36}(:[A-Z_]+)?$' and length(item) <= 80),
    content         text not null check (length(content) <= 400000),
    saved_at        timestamptz not null,
    primary key (professional_id, household_id, item)
);
create index draft_household on draft (household_id);
