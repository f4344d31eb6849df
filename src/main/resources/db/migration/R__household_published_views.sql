-- household publishes what other modules may read of households and their members (besides family_relative,
-- V3_5): a household's name and dates, and the current members (removed members are the household's history,
-- not anyone else's business). The BSN only as its fingerprint (for matching) and encrypted (only the holder of
-- the secret reads it: signal's demo data registers demo families by BSN); relations, themes, contact details and
-- life-domain checks stay household's own.
-- Every view is published (TableOwnershipTests): other modules read these, never the tables, and never write.

create or replace view household_profile as
    select id, name, created_at, updated_at
      from household;

create or replace view current_member as
    select id, household_id, given_name, family_name, birth_date, role, bsn_fingerprint, bsn_encrypted, position
      from member
     where removed_at is null;

-- A household whose file is closed now: help has ended, nobody is involved, the retention period runs. Network's
-- rule that every household has a contact person holds for open households only.
create or replace view closed_household as
    select household_id, closed_at, retention_until
      from household_closure
     where reopened_at is null;

-- Who has parental authority over whom, and who is a parent without it (the portal's FamilySight: parents with
-- authority see what concerns their children under 16; a parent without authority sees only the general picture).
create or replace view member_parenthood as
    select household_id, from_member_id as parent_id, to_member_id as child_id, kind, parental_authority
      from member_relation
     where ended_at is null and from_member_id is not null and kind in ('PARENT_OF', 'GUARDIAN_OF');

-- Every closing and reopening of a household's file, for the network's timeline (issue 15): who and why. The
-- family's view and the last scale at closing stay household's own.
create or replace view household_closure_history as
    select id, household_id, closed_at, closed_by, reason, reopened_at, reopened_by, reopen_reason
      from household_closure;

-- For learning (case reviews): who registered a household and who closed it, without reasons.
create or replace view household_registration as
    select id as household_id, created_at, created_by
      from household;

create or replace view household_closing as
    select household_id, closed_at, closed_by, reopened_at
      from household_closure;
