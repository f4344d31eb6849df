-- Who reads each household: the professionals ever involved with it (the contact person first), with the
-- names as the log keeps them. Heavy households (long, intense cases) are read far more often.
drop table if exists bench_household;
create unlogged table bench_household as
select h.id,
       array_agg(p.id order by (i.role = 'CORE_TEAM') desc, i.started_at) as actor_ids,
       array_agg(p.name order by (i.role = 'CORE_TEAM') desc, i.started_at) as actor_names,
       array_agg(o.id order by (i.role = 'CORE_TEAM') desc, i.started_at) as organisation_ids,
       array_agg(o.name order by (i.role = 'CORE_TEAM') desc, i.started_at) as organisation_names,
       case when row_number() over (order by md5(h.id::text)) <= :heavy
            then 20000 + abs(hashtext(h.id::text)) % 40000      -- 20,000 – 60,000 rows a year
            else 150 + abs(hashtext(h.id::text)) % 700          -- 150 – 850 rows a year, ~500 on average
       end as per_year
  from household h
  join involvement i on i.household_id = h.id and i.professional_id is not null
  join professional p on p.id = i.professional_id
  join organisation o on o.id = p.organisation_id
 group by h.id;
select count(*) as households, sum(per_year) as rows_per_year, max(per_year) as most from bench_household;
