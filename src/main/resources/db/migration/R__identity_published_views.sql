-- identity publishes what other modules may read of professionals and organisations: who someone is, for which
-- organisation, how to reach them and in which roles; never how they log in (password, lockout, demo mark).
-- Every view is published (TableOwnershipTests): other modules read these, never the tables, and never write.
-- Repeatable: this file is the one place that shows what identity gives away; change a view here.

create or replace view professional_profile as
    select id, name, username, organisation_id, roles, email, phone, active
      from professional;

create or replace view organisation_profile as
    select id, name, type, phone, email
      from organisation;
