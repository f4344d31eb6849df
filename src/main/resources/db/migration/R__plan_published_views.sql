-- plan publishes that a version of the plan was frozen, by whom and when (for the network's timeline); the
-- frozen document, the family's views of it and the live plan stay plan's own.
-- Every view is published (TableOwnershipTests): other modules read these, never the tables, and never write.

create or replace view plan_frozen_version as
    select household_id, number, phase, frozen_at, frozen_by
      from plan_version;

-- the plan's evaluation meetings, planned and held (for the family's "ik ben gehoord" after a meeting)
create or replace view plan_meeting as
    select id, household_id, planned_on, held_on
      from plan_evaluation;

-- the live agreements with their owner (for the family member's own agreements: ticking off and progress)
create or replace view plan_agreement_owner as
    select id, household_id, description, owner_kind, owner_member_id, status
      from plan_agreement
     where removed_at is null;

-- when each agreement was made, by household (learning: days from registration to the first agreement); removed
-- agreements are left out. What the agreement says and who owns it stay plan's own.
create or replace view plan_agreement_made as
    select id, household_id, created_at
      from plan_agreement
     where removed_at is null;

-- the open agreements a professional owns, with their due date (for the team lead's workload view)
create or replace view plan_open_professional_agreement as
    select household_id, owner_professional_id, due_date
      from plan_agreement
     where removed_at is null and status = 'OPEN' and owner_kind = 'PROFESSIONAL';
