-- assessment publishes that a joint assessment was held (for the network's timeline) and the danger statements
-- with their safety goals, by household (for the plan's goals, which link to them by their stable id). The
-- document itself (views, facts, scores, decisions) and its versions stay assessment's own.
-- Every view is published (TableOwnershipTests): other modules read these, never the tables, and never write.

-- safety_judgement sums up the three questions of the judgement in one word for the network's timeline (null:
-- not judged); acute_unsafety, structural_unsafety and developmental_threat are the answers themselves.
create or replace view assessment_meeting as
    select id, household_id, assessed_on,
           case when acute_unsafety and structural_unsafety then 'ACUTE_AND_STRUCTURAL'
                when acute_unsafety then 'ACUTE'
                when structural_unsafety then 'STRUCTURAL'
                when developmental_threat then 'DEVELOPMENTAL_THREAT'
                when acute_unsafety is not null then 'NONE'
           end as safety_judgement,
           created_at, created_by, acute_unsafety, structural_unsafety, developmental_threat
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

-- the scale scores (0-10) of each joint assessment, with who scored: the family (FAMILY), the informal network
-- (INFORMAL) or a professional (PROFESSIONAL), and the assessment's date (learning: scales over time, family and
-- professionals apart). Names, notes and views stay assessment's own.
create or replace view assessment_scale_score as
    select a.id as assessment_id, a.household_id, a.assessed_on, p.kind as scored_by, p.score
      from assessment_participant p
      join assessment a on a.id = p.assessment_id
     where p.score is not null;
