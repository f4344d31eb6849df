-- plan publishes that a version of the plan was frozen, by whom and when (for the network's timeline); the
-- frozen document, the family's views of it and the live plan stay plan's own.
-- Every view is published (TableOwnershipTests): other modules read these, never the tables, and never write.

create or replace view plan_frozen_version as
    select household_id, number, phase, frozen_at, frozen_by
      from plan_version;
