-- portal publishes the family's own views (for the assessment's and the plan's pages, beside the professionals'
-- text, with the family member as author) and the "ik ben gehoord" answers (for the learning measures).
-- Every view is published (TableOwnershipTests): other modules read these, never the tables, and never write.

create or replace view family_view as
    select id, household_id, about_kind, about_id, position, words, member_id, author_name, recorded_at
      from portal_family_view;

create or replace view family_heard as
    select id, household_id, about_kind, about_id, score, words, member_id, author_name, recorded_at
      from portal_heard;

create or replace view family_agreement_progress as
    select id, household_id, agreement_id, done, text, member_id, author_name, recorded_at
      from portal_agreement_progress;
