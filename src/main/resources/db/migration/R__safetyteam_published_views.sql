-- safetyteam publishes the expertise requests about a household for the family's own pages: which organisation was
-- asked, the question (written so that the family can read it), where it stands, who joined and until when. The
-- urgency, the decline reason, the answer and who asked stay safetyteam's own.
-- Every view is published (TableOwnershipTests): other modules read these, never the tables, and never write.

create or replace view expertise_request_for_family as
    select id, household_id, organisation_id, question, status, professional_id, until, requested_at
      from expertise_request;
