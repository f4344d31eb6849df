-- plan: an index for every foreign key (issue 19). Deleting a member or an involvement (when a household is
-- destroyed) made PostgreSQL read all 47,000 agreements of the benchmark region for each, to check that none still
-- named it as its owner; deleting a plan or a goal read all agreements and goals. ForeignKeyIndexIntegrationTests.
create index if not exists plan_agreement_by_owner_member on plan_agreement (owner_member_id);
create index if not exists plan_agreement_by_owner_involvement on plan_agreement (owner_involvement_id);
create index if not exists plan_agreement_by_household_all on plan_agreement (household_id);
create index if not exists plan_agreement_by_goal on plan_agreement (goal_id);
create index if not exists plan_goal_by_household_all on plan_goal (household_id);
create index if not exists plan_version_by_evaluation on plan_version (evaluation_id);
