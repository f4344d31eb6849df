-- plan: an agreement can be taken over from a next step ("what needs to happen") of the joint assessment (issue 17),
-- so that nothing is typed twice and the plan no longer offers a step it already holds. Item ids are stable across
-- an assessment's versions, so they are kept without a foreign key (as the goals keep their danger statement).

alter table plan_agreement add column next_step_id uuid;
create index plan_agreement_by_next_step on plan_agreement (household_id, next_step_id)
    where next_step_id is not null and removed_at is null;
