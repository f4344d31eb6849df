-- The privacy officer's question as AccessLog.forHousehold asked it before keyset paging: the exact count,
-- then one page of 50 by offset. :household, :offset
explain (analyze, buffers, timing off, costs off, summary on)
select count(*) from access_log where household_id = :'household';
explain (analyze, buffers, timing off, costs off, summary on)
select at, actor_name, organisation_name, action, resource, outcome, emergency
  from access_log
 where household_id = :'household'
 order by at desc, id desc
 limit 50 offset :offset;
