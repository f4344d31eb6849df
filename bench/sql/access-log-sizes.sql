-- Table and index size per monthly partition of the access log.
select c.relname as partition,
       to_char(c.reltuples, 'FM999,999,999') as rows,
       pg_size_pretty(pg_relation_size(c.oid)) as "table",
       pg_size_pretty(coalesce(sum(pg_relation_size(i.indexrelid)) filter (where x.relname like '%household%'), 0)) as "index (household_id, at)",
       pg_size_pretty(coalesce(sum(pg_relation_size(i.indexrelid)) filter (where x.relname like '%actor%'), 0)) as "index (actor_id, at)",
       pg_size_pretty(pg_total_relation_size(c.oid)) as total
  from pg_inherits h
  join pg_class c on c.oid = h.inhrelid
  left join pg_index i on i.indrelid = c.oid
  left join pg_class x on x.oid = i.indexrelid
 where h.inhparent = 'access_log'::regclass
 group by c.oid, c.relname, c.reltuples
 order by c.relname;
select pg_size_pretty(sum(pg_total_relation_size(inhrelid))) as all_partitions
  from pg_inherits where inhparent = 'access_log'::regclass;
