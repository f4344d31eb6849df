-- Who may see which household at a given moment. It replaces the view household_visibility, which asked the
-- database's now() whether an emergency access still runs: the moment now comes from the application's Clock
-- (the queries pass :now), so that time has one source. A single-select SQL function that is STABLE is inlined
-- by the planner, so a household list that joins it stays one query on the same indexes.
create function household_visibility_at(moment timestamptz)
returns table (household_id uuid, professional_id uuid, emergency boolean)
language sql stable
as $$
    select i.household_id, i.professional_id, false
      from involvement i
     where i.ended_at is null and i.professional_id is not null
    union all
    select e.household_id, e.professional_id, true
      from emergency_access e
     where e.expires_at > moment
$$;

drop view household_visibility;
