-- audit: the access log (NEN 7513 style). Every read and write of family data leaves one row here, written
-- in the transaction of the change. It is the largest table: partitioned by month on "at" so that old months
-- can be detached and dropped as a whole when their retention ends, and indexed for the one question asked
-- of it most: who looked at this household, newest first.

create table access_log (
    id                 bigint generated always as identity,
    at                 timestamptz not null,
    actor_id           uuid,
    actor_name         text not null,
    organisation_id    uuid,
    organisation_name  text,
    household_id       uuid,
    action             text not null,
    resource           text not null,
    outcome            text not null check (outcome in ('GRANTED', 'DENIED')),
    emergency          boolean not null default false
) partition by range (at);

create index access_log_by_household on access_log (household_id, at desc) where household_id is not null;
create index access_log_by_actor on access_log (actor_id, at desc);

create table access_log_default partition of access_log default;

-- Append-only: the database itself refuses to change or remove a row, whoever asks.
create function access_log_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'access_log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger access_log_append_only before update or delete on access_log
    for each row execute function access_log_refuse_change();
create trigger access_log_no_truncate before truncate on access_log
    for each statement execute function access_log_refuse_change();
create trigger access_log_default_no_truncate before truncate on access_log_default
    for each statement execute function access_log_refuse_change();

-- Creates the monthly partitions from the month of first_month on, for the given number of months.
create function access_log_ensure_partitions(first_month date, months integer) returns integer language plpgsql as $$
declare
    created integer := 0;
    month_start date;
    partition_name text;
begin
    for i in 0 .. months - 1 loop
        month_start := (date_trunc('month', first_month) + make_interval(months => i))::date;
        partition_name := 'access_log_' || to_char(month_start, 'YYYY_MM');
        if to_regclass(partition_name) is null then
            execute format('create table %I partition of access_log for values from (%L) to (%L)',
                partition_name, month_start::timestamptz, (month_start + interval '1 month')::timestamptz);
            execute format('create trigger %I before truncate on %I for each statement execute function access_log_refuse_change()',
                partition_name || '_no_truncate', partition_name);
            created := created + 1;
        end if;
    end loop;
    return created;
end
$$;
