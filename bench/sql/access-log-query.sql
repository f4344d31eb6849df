-- The privacy officer's question as AccessLog.forHousehold asks it: the count, then one page of 50.
-- :household, :offset
explain (analyze, buffers, costs off, summary on)
select count(*) from access_log where household_id = :'household';
explain (analyze, buffers, costs off, summary on)
select at, actor_name, organisation_name, action, resource, outcome, emergency
  from access_log
 where household_id = :'household'
 order by at desc, id desc
 limit 50 offset :offset;
