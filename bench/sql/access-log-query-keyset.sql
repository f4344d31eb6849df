-- The privacy officer's question as AccessLog.forHousehold asks it now: the count up to 10,000, then the 50
-- rows before a cursor (keyset paging; 51 fetched to know whether there is an older page).
-- :household, :at and :id (the cursor; for page 1 a time after every row)
explain (analyze, buffers, timing off, costs off, summary on)
select count(*) from (select 1 from access_log where household_id = :'household' limit 10001) x;
explain (analyze, buffers, timing off, costs off, summary on)
select id, at, actor_name, organisation_name, action, resource, outcome, emergency from access_log
 where household_id = :'household' and at <= :'at' and (at < :'at' or id < :id)
 order by at desc, id desc limit 51;
