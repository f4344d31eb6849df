-- The household search of issue 19's first round (HouseholdQueries.SEARCH until the second round, V3_10; psql variables me, pattern,
-- fingerprint, trigrams = whether the text has 3 characters or more). Two branches, of which one runs: the
-- other's one-time filter is false. A caseload of up to 200 households is searched from the visibility (every
-- visible household's members checked, as before); a larger one from the matches (trigram indexes, V3_9, and
-- the BSN's keyed fingerprint), of which only the visible ones stay.
with visible as materialized (
        select household_id, bool_and(emergency) as emergency
          from household_visibility_at(now()) where professional_id = :'me' group by household_id),
     found as (
        select h.id, h.name, h.updated_at, v.emergency
          from visible v join household h on h.id = v.household_id
         where (not :trigrams or (select count(*) from visible) <= 200)
           and (h.name ilike :'pattern'
                or exists (select 1 from member m
                            where m.household_id = h.id and m.removed_at is null
                              and (m.given_name || ' ' || m.family_name ilike :'pattern' or m.bsn_fingerprint = :'fingerprint')))
        union all
        -- the visible matches first, then each one's household by its key (offset 0 keeps this
        -- order: the planner cannot know how few of the matches are visible)
        select h.id, h.name, h.updated_at, x.emergency
          from (select x.household_id, v.emergency
                  from (select id as household_id from household where name ilike :'pattern'
                        union
                        select household_id from member
                         where removed_at is null and given_name || ' ' || family_name ilike :'pattern'
                        union
                        select household_id from member where removed_at is null and bsn_fingerprint = :'fingerprint') x
                  join visible v on v.household_id = x.household_id
                 offset 0) x
          cross join lateral (select h.id, h.name, h.updated_at from household h
                               where h.id = x.household_id offset 0) h
         where :trigrams and (select count(*) from visible) > 200)
select h.id, h.name, h.updated_at, emergency, count(*) over () as total,
       (select string_agg(m.given_name || ' ' || m.family_name, ', ' order by m.position)
          from member m where m.household_id = h.id and m.removed_at is null) as member_names,
       (select count(*) from member m where m.household_id = h.id and m.removed_at is null) as member_count,
       (select p.name from current_contact_person c join professional_profile p on p.id = c.professional_id
         where c.household_id = h.id) as contact_person_name
  from found h
 order by h.updated_at desc, h.id
 limit 20 offset 0;
