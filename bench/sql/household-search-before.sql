-- The household search as it was before issue 19 (visibility first, then an ilike scan of every visible
-- household's members). psql variables: me (professional id), pattern ('%text%'), fingerprint.
select h.id, h.name, h.updated_at, v.emergency, count(*) over () as total,
       (select string_agg(m.given_name || ' ' || m.family_name, ', ' order by m.position)
          from member m where m.household_id = h.id and m.removed_at is null) as member_names,
       (select count(*) from member m where m.household_id = h.id and m.removed_at is null) as member_count,
       (select p.name from current_contact_person c join professional_profile p on p.id = c.professional_id
         where c.household_id = h.id) as contact_person_name
  from (select household_id, bool_and(emergency) as emergency
          from household_visibility_at(now()) where professional_id = :'me' group by household_id) v
  join household h on h.id = v.household_id
 where h.name ilike :'pattern'
    or exists (select 1 from member m
                where m.household_id = h.id and m.removed_at is null
                  and (m.given_name || ' ' || m.family_name ilike :'pattern' or m.bsn_fingerprint = :'fingerprint'))
 order by h.updated_at desc, h.id
 limit 20 offset 0;
