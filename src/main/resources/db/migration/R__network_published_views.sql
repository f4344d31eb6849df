-- network publishes who is involved with a household now (besides household_visibility_at(:now), V4_7, which answers who
-- may see it): the current involvements and the current contact person. Their history, reasons, notes, directors
-- and emergency accesses stay network's own.
-- Every view is published (TableOwnershipTests): other modules read these, never the tables, and never write.

create or replace view current_involvement as
    select id, household_id, professional_id, organisation_id, person_name, relation, role, started_at
      from involvement
     where ended_at is null;

create or replace view current_contact_person as
    select id, household_id, professional_id, started_at
      from contact_person
     where ended_at is null;

-- What is shared with whom in the network now, on which basis, for the family's own pages.
create or replace view current_share as
    select household_id, involvement_id, what, legal_basis, shared_at, until_on
      from involvement_share
     where revoked_at is null;

-- For learning (case reviews and measures): the whole history of involvements and contact persons, without reasons.
create or replace view involvement_history as
    select id, household_id, professional_id, organisation_id, role, started_at, started_by, ended_at, ended_by
      from involvement;

create or replace view contact_person_history as
    select id, household_id, professional_id, started_at, started_by, ended_at
      from contact_person;
