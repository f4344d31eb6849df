-- shared: ANALYZE needs the table's owner (or, from PostgreSQL 17, the MAINTAIN privilege), and the application
-- owns nothing. After loading much data at once (the demo region), it asks the owner to analyze through this
-- function; it can do nothing else with the owner's rights. afterMigrate.sql lets the application execute it.
create function kernteam_analyze(tables regclass[]) returns void
    language plpgsql security definer
    set search_path = public, pg_temp
as $$
declare
    t regclass;
begin
    foreach t in array tables loop
        execute format('analyze %s', t);
    end loop;
end
$$;

revoke all on function kernteam_analyze(regclass[]) from public;
