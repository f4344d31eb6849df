-- audit: the access log becomes tamper-evident, and its maintenance runs as the owner of the tables.
--
-- Every row is chained: its hash covers its content and the hash of the row before it in its lane. A lane is one
-- of 64 chains; a transaction takes a free lane (one no other open transaction holds) for all the rows it
-- writes and keeps it until it ends. So concurrent writers never wait for each other (there are more lanes than
-- connections), rows written in one statement chain in order, a refusal written in its own transaction while
-- its request holds a lane takes another lane instead of waiting for itself, and no two transactions can
-- deadlock on the chain. Within a lane, rows follow each other in commit order: chain_seq counts them.
-- The head of each lane (its last seq and hash) lives in access_log_chain, so that removing the newest rows of
-- a lane shows too. Written by a trigger owned by the migration role: every insert path is covered, and the
-- application, which only may insert into and read the log, can neither skip nor disable it.

create table access_log_chain (
    lane               smallint primary key,
    seq                bigint not null,
    hash               bytea not null,
    last_id            bigint,
    last_at            timestamptz,
    last_household_id  uuid
);

insert into access_log_chain (lane, seq, hash)
select lane, 0, decode(repeat('00', 32), 'hex') from generate_series(0, 63) as lane;

alter table access_log add column lane smallint, add column chain_seq bigint, add column hash bytea;

-- The canonical text of a row is a JSON array of its fields (strings escaped, so no two rows share a text), the
-- time as microseconds since the epoch (independent of the session's time zone).
create function access_log_row_hash(previous bytea, lane smallint, chain_seq bigint, id bigint, at timestamptz,
        actor_id uuid, actor_name text, organisation_id uuid, organisation_name text, household_id uuid,
        action text, resource text, outcome text, emergency boolean) returns bytea
    language sql stable parallel safe
    set search_path = pg_catalog
as $$
    select sha256(previous || convert_to(jsonb_build_array(lane, chain_seq, id,
        (extract(epoch from at) * 1000000)::bigint, actor_id, actor_name, organisation_id, organisation_name,
        household_id, action, resource, outcome, emergency)::text, 'UTF8'))
$$;

create function access_log_chain_row() returns trigger
    language plpgsql security definer
    set search_path = public, pg_temp
as $$
declare
    held text := current_setting('kernteam.access_log_lane', true);
    head access_log_chain;
begin
    if held is not null and held <> '' then
        select * into head from access_log_chain where lane = held::smallint for update;
    end if;
    if head.lane is null then
        -- a free lane, starting somewhere different for each connection
        select * into head from access_log_chain
         order by (lane - pg_backend_pid() % 64 + 64) % 64
         for update skip locked limit 1;
        if head.lane is null then
            -- every lane is busy (more open writers than lanes): wait for one
            select * into head from access_log_chain where lane = pg_backend_pid() % 64 for update;
        end if;
        perform set_config('kernteam.access_log_lane', head.lane::text, true);
    end if;
    new.lane := head.lane;
    new.chain_seq := head.seq + 1;
    new.hash := access_log_row_hash(head.hash, new.lane, new.chain_seq, new.id, new.at, new.actor_id, new.actor_name,
        new.organisation_id, new.organisation_name, new.household_id, new.action, new.resource, new.outcome,
        new.emergency);
    update access_log_chain
       set seq = new.chain_seq, hash = new.hash, last_id = new.id, last_at = new.at, last_household_id = new.household_id
     where lane = head.lane;
    return new;
end
$$;

-- Rows written before this migration form the start of lane 0, oldest first.
alter table access_log disable trigger access_log_append_only;

create temporary table access_log_backfill (id bigint, at timestamptz, chain_seq bigint, hash bytea) on commit drop;

do $$
declare
    r record;
    previous bytea := decode(repeat('00', 32), 'hex');
    n bigint := 0;
begin
    for r in select * from access_log order by at, id loop
        n := n + 1;
        previous := access_log_row_hash(previous, 0::smallint, n, r.id, r.at, r.actor_id, r.actor_name,
            r.organisation_id, r.organisation_name, r.household_id, r.action, r.resource, r.outcome, r.emergency);
        insert into access_log_backfill values (r.id, r.at, n, previous);
    end loop;
    if n > 0 then
        update access_log l set lane = 0, chain_seq = b.chain_seq, hash = b.hash
          from access_log_backfill b where l.id = b.id and l.at = b.at;
        update access_log_chain c
           set seq = b.chain_seq, hash = b.hash, last_id = b.id, last_at = b.at,
               last_household_id = (select household_id from access_log where id = b.id and at = b.at)
          from access_log_backfill b
         where c.lane = 0 and b.chain_seq = n;
    end if;
end
$$;

alter table access_log enable trigger access_log_append_only;

alter table access_log alter column lane set not null, alter column chain_seq set not null, alter column hash set not null;

create trigger access_log_chained before insert on access_log
    for each row execute function access_log_chain_row();

-- Monthly partitions are made at start and daily by the application, which owns nothing: the function does it
-- with its owner's rights (and nothing else: at most two years at a time). afterMigrate.sql lets the
-- application role execute it.
create or replace function access_log_ensure_partitions(first_month date, months integer) returns integer
    language plpgsql security definer
    set search_path = public, pg_temp
as $$
declare
    created integer := 0;
    month_start date;
    partition_name text;
begin
    if months < 1 or months > 24 then
        raise exception 'months must be between 1 and 24, not %', months using errcode = 'invalid_parameter_value';
    end if;
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

revoke all on function access_log_ensure_partitions(date, integer) from public;
revoke all on function access_log_chain_row() from public;
