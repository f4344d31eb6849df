-- A case review of one household (issue 16): the steps are copied from the household's history when the review
-- starts (who, of which organisation, did what and when); the review team adds per step what it brought the
-- family and the family's own view, and lessons for the whole review.
create table case_review (
    id            uuid primary key,
    household_id  uuid not null,
    created_at    timestamptz not null,
    created_by    uuid not null,
    lessons       text check (lessons is null or length(lessons) <= 4000),
    version       integer not null default 0
);
create index case_review_by_household on case_review (household_id, created_at desc);

create table case_review_step (
    id                 uuid primary key,
    review_id          uuid not null references case_review (id),
    position           integer not null,
    at                 timestamptz not null,
    kind               text not null,
    detail             text,
    actor_id           uuid,
    actor_name         text,
    organisation_name  text,
    organisation_type  text,
    subject_id         uuid,
    subject_name       text,
    brought            text check (brought is null or length(brought) <= 4000),
    family_view        text check (family_view is null or length(family_view) <= 4000),
    unique (review_id, position)
);
