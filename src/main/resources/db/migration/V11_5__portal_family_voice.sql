-- portal: what the family adds as itself (issue 13). The author is the family member's account, never a
-- professional; the member's name is kept as it was when they wrote, for the page and the record.
-- Views and "ik ben gehoord" answers are appended, never changed: a second view is a new row, and the newest
-- shows first with the history below it. About what: an assessment, a key decision (stable id within its
-- assessment) or a frozen plan version (its number): the id is kept as text because a plan version has a number.

create table portal_family_view (
    id             uuid primary key,
    household_id   uuid not null,
    about_kind     text not null check (about_kind in ('ASSESSMENT', 'KEY_DECISION', 'PLAN_VERSION')),
    about_id       text not null check (length(about_id) between 1 and 64),
    position       text not null check (position in ('AGREES', 'DISAGREES')),
    words          text check (length(words) <= 2000),
    account_id     uuid not null,
    member_id      uuid not null,
    author_name    text not null,
    recorded_at    timestamptz not null
);
create index portal_family_view_by_item on portal_family_view (household_id, about_kind, about_id, recorded_at desc);

-- "Ik ben gehoord": after a meeting (an assessment, a plan evaluation) the member says on a scale of 1 to 5
-- whether they felt heard; the learning issue counts these.
create table portal_heard (
    id             uuid primary key,
    household_id   uuid not null,
    about_kind     text not null check (about_kind in ('ASSESSMENT', 'PLAN_EVALUATION')),
    about_id       uuid not null,
    score          integer not null check (score between 1 and 5),
    words          text check (length(words) <= 2000),
    account_id     uuid not null,
    member_id      uuid not null,
    author_name    text not null,
    recorded_at    timestamptz not null
);
create index portal_heard_by_household on portal_heard (household_id, recorded_at desc);

-- Messages between the family and its contact person: from the family (account_id) or an answer by a
-- professional (professional_id), never both.
create table portal_message (
    id               uuid primary key,
    household_id     uuid not null,
    text             text not null check (length(text) between 1 and 4000),
    account_id       uuid,
    professional_id  uuid references professional (id),
    author_name      text not null,
    sent_at          timestamptz not null,
    constraint portal_message_one_author check ((account_id is null) <> (professional_id is null))
);
create index portal_message_by_household on portal_message (household_id, sent_at desc);

-- Objections (bezwaar), complaints (klacht) and requests to see, correct or remove data (AVG art. 15-17), with
-- who handles them (a role of an organisation, fixed when filed), the legal due date and the answer.
create table portal_objection (
    id                      uuid primary key,
    household_id            uuid not null,
    kind                    text not null check (kind in ('OBJECTION', 'COMPLAINT', 'DATA_REQUEST')),
    about_kind              text check (about_kind in ('ASSESSMENT', 'KEY_DECISION', 'PLAN_VERSION')),
    about_id                text check (length(about_id) between 1 and 64),
    text                    text not null check (length(text) between 1 and 10000),
    account_id              uuid not null,
    member_id               uuid not null,
    author_name             text not null,
    filed_at                timestamptz not null,
    due_on                  date not null,
    handler_role            text not null check (handler_role in ('TEAM_LEAD', 'PRIVACY_OFFICER')),
    handler_organisation_id uuid references organisation (id),
    status                  text not null default 'RECEIVED' check (status in ('RECEIVED', 'IN_PROGRESS', 'ANSWERED')),
    answer                  text check (length(answer) <= 10000),
    answered_by             uuid references professional (id),
    answered_by_name        text,
    answered_at             timestamptz,
    version                 integer not null default 0,
    constraint portal_objection_answered_has_answer check (status <> 'ANSWERED' or answer is not null)
);
create index portal_objection_open on portal_objection (handler_organisation_id, handler_role, due_on) where status <> 'ANSWERED';
create index portal_objection_by_household on portal_objection (household_id, filed_at desc);
