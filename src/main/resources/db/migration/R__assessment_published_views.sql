-- assessment publishes that a joint assessment was held (for the network's timeline) and the danger statements
-- with their safety goals, by household (for the plan's goals, which link to them by their stable id). The
-- document itself (views, facts, scores, decisions) and its versions stay assessment's own.
-- Every view is published (TableOwnershipTests): other modules read these, never the tables, and never write.

create or replace view assessment_meeting as
    select id, household_id, assessed_on, safety_judgement, created_at, created_by
      from assessment;

create or replace view danger_statement as
    select d.id, d.assessment_id, a.household_id, d.text, d.safety_goal
      from assessment_danger_statement d
      join assessment a on a.id = d.assessment_id;

-- the key decisions by household, by their stable id (for the family's own view on a key decision)
create or replace view key_decision as
    select d.id, d.assessment_id, a.household_id, d.kind, d.decision
      from assessment_key_decision d
      join assessment a on a.id = d.assessment_id;
