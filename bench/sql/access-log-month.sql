-- One month of the access log, in time order as the application appends it (so that a household's rows are
-- scattered over the table as in real life). :month_start, :month_end (exclusive), :until (now).
set work_mem = '256MB';
insert into access_log (at, actor_id, actor_name, organisation_id, organisation_name, household_id, action,
                        resource, outcome, emergency)
select at, actor_ids[a], actor_names[a], organisation_ids[a], organisation_names[a], id,
       case when r < 0.86 then 'READ' when r < 0.95 then 'UPDATE' when r < 0.98 then 'CREATE' else 'SEARCH' end,
       case when r < 0.50 then 'household' when r < 0.75 then 'network' when r < 0.80 then 'household.bsn'
            else 'assessment:' || md5(id::text || (k % 5)) end,
       case when r2 < 0.004 then 'DENIED' else 'GRANTED' end,
       r2 > 0.997
  from (select b.*, k, random() as r, random() as r2,
               -- the contact person and the first involved read most
               1 + floor(power(random(), 2) * cardinality(b.actor_ids))::int as a,
               timestamptz :'month_start' + random() * (least(timestamptz :'month_end', timestamptz :'until') - timestamptz :'month_start') as at
          from bench_household b
         cross join lateral generate_series(1, greatest(1, round(b.per_year
               * extract(epoch from least(timestamptz :'month_end', timestamptz :'until') - timestamptz :'month_start')
               / (365.25 * 86400))::int)) k) x
 order by at;
