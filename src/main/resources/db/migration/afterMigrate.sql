-- Runs after every migration run, as the migration role that owns the tables: gives the application role
-- exactly what Kernteam needs, and again after every new migration, so that a table created later is covered
-- as well (a grant in a versioned migration would miss the tables of migrations that run after it, which
-- out-of-order migrations make likely). The application role owns nothing, so it can never alter, disable a
-- trigger, detach or drop; here it gets rows to read and write, and on the access log only to add and read.
do $$
declare
    app constant text := '${application_role}';
    part regclass;
begin
    if app = current_user or not exists (select from pg_roles where rolname = app) then
        raise notice 'No separate application role "%": Kernteam runs as the owner of its tables', app;
        return;
    end if;
    execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
    execute format('grant usage, select on all sequences in schema public to %I', app);
    execute format('revoke all on table %I from %I', '${flyway:table}', app);
    execute format('revoke all on table access_log, access_log_chain from %I', app);
    execute format('grant select, insert on table access_log to %I', app);
    execute format('grant select on table access_log_chain to %I', app);
    -- the application reads and writes the log through access_log only; its partitions are not its business
    for part in select inhrelid::regclass from pg_inherits where inhparent = 'access_log'::regclass loop
        execute format('revoke all on table %s from %I', part, app);
    end loop;
    -- what the application may do with the owner's rights, each narrow: make partitions, analyze
    execute format('grant execute on function access_log_ensure_partitions(date, integer) to %I', app);
    execute format('grant execute on function kernteam_analyze(regclass[]) to %I', app);
end
$$;

-- Statistics for every table that has none yet (issue 19). PostgreSQL analyzes a table once enough of its rows
-- changed, so a table that stays empty, or nearly, is never analyzed, and the planner takes it for ten pages of rows
-- (~850). Statements that read it are planned as if it were full: the household page's timeline, which reads the
-- court orders' extensions, got a plan that read every professional to name the six entries shown (0.9 ms, where 0.1
-- ms does). Analyzing an empty table costs nothing; a table analyzed once is analyzed again by PostgreSQL as it grows.
-- Plain tables only: a partitioned one (the access log) has no statistics of its own to keep, and analyzing it would
-- sample all its partitions on every start.
do $$
declare
    t regclass;
begin
    for t in select c.oid::regclass from pg_class c
              where c.relnamespace = (select oid from pg_namespace where nspname = current_schema())
                and c.relkind = 'r' and c.reltuples < 0 and pg_has_role(c.relowner, 'USAGE')
              order by c.oid loop
        execute format('analyze %s', t);
    end loop;
end
$$;
