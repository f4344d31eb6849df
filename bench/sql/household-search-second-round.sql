-- The household search of issue 19's second round (HouseholdQueries.SEARCH until the third round; psql variables me and
-- pattern), planned for each search (plan_cache_mode = force_custom_plan). One join of the visibility with household_search
-- (V3_10); the planner turned it around by the caseload: from the visibility for a few households, from the index for
-- thousands. Then each match's household by its key.
with found as (
        select v.household_id, bool_and(v.emergency) as emergency
          from household_visibility_at(now()) v
          join household_search s on s.household_id = v.household_id
         where v.professional_id = :'me' and s.text like lower(:'pattern') and strpos(:'pattern', chr(10)) = 0
         group by v.household_id)
select h.id, h.name, h.updated_at, emergency, count(*) over () as total,
       (select string_agg(m.given_name || ' ' || m.family_name, ', ' order by m.position)
          from member m where m.household_id = h.id and m.removed_at is null) as member_names,
       (select count(*) from member m where m.household_id = h.id and m.removed_at is null) as member_count,
       (select p.name from current_contact_person c join professional_profile p on p.id = c.professional_id
         where c.household_id = h.id) as contact_person_name
  from found f
 cross join lateral (select h.id, h.name, h.updated_at from household h where h.id = f.household_id offset 0) h
 order by h.updated_at desc, h.id
 limit 20 offset 0;
