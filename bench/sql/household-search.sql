-- The household search since issue 19's third round (a copy of HouseholdQueries.SEARCH; psql variables me, pattern,
-- trigrams = whether the text has 3 characters or more, large = the caseload from which on the trigram branch runs,
-- 200 in Kernteam). Prepared and run with a generic plan, as Kernteam runs it (set local plan_cache_mode =
-- force_generic_plan): both branches are in the one cached plan, and one-time filters decide which one runs.
-- A caseload up to :large is searched from the visibility, each visible household's search text by its key; a
-- larger one from the trigram matches (household_search, V3_10), hashed against the visibility.
--   psql -v me=... -v pattern=%jan% -v trigrams=true -v large=200 -f bench/sql/household-search.sql
set plan_cache_mode = force_generic_plan;
prepare household_search(timestamptz, uuid, text, boolean, integer) as
with caseload as (
        select count(*) as n
          from (select 1 from household_visibility_at($1) c where c.professional_id = $2 limit $5 + 1) c),
     found as (
        select x.household_id, bool_and(x.emergency) as emergency
          from (select v.household_id, v.emergency
                  from household_visibility_at($1) v
                 cross join lateral (select 1 from household_search s
                                      where s.household_id = v.household_id and s.text like lower($3)
                                     offset 0) s
                 where v.professional_id = $2 and not ($4 and (select n from caseload) > $5)
                union all
                select v.household_id, v.emergency
                  from (select household_id from household_search where text like lower($3) offset 0) s
                  join household_visibility_at($1) v on v.household_id = s.household_id
                 where v.professional_id = $2 and $4 and (select n from caseload) > $5) x
         where strpos($3, chr(10)) = 0
         group by x.household_id)
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
explain (analyze, buffers) execute household_search(now(), :'me', :'pattern', :trigrams, :large);
