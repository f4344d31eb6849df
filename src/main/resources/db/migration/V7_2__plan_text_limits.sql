-- Belt and braces behind the Java validation (issue 9, hole 9): no text column of the plan is unbounded, so that
-- a field that escapes validation can never again make a plan of 41 MB. NOT VALID: rows stored before are not
-- rechecked (a region that already holds an oversized row can still migrate); every new or changed row is.
alter table plan add constraint plan_family_words_length check (length(family_words) <= 2000) not valid;
alter table plan_goal add constraint plan_goal_explanation_length check (length(explanation) <= 1000) not valid;
alter table plan_agreement add constraint plan_agreement_owner_name_length check (length(owner_name) <= 500) not valid;
alter table plan_progress add constraint plan_progress_on_behalf_of_length check (length(on_behalf_of) <= 200) not valid;
alter table plan_evaluation add constraint plan_evaluation_notes_length check (length(notes) <= 4000) not valid;
alter table plan_family_view add constraint plan_family_view_member_name_length check (length(member_name) <= 200) not valid;
alter table plan_family_view add constraint plan_family_view_words_length check (length(words) <= 4000) not valid;
