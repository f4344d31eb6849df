-- audit: the chain's head is written once per insert statement instead of once per row (issue 19). A search page
-- logs one row per household it shows (20), and the row trigger updated this transaction's lane head in
-- access_log_chain for each of them: twenty updates of one row in one transaction. Now the row trigger keeps the
-- running head (seq, hash, last row) in transaction-local settings, and a statement trigger writes it into
-- access_log_chain once, after the statement. The lane is still taken (row-locked) by the transaction's first row
-- and held until commit, so no other transaction can move that lane's head meanwhile; within the transaction the
-- settings are the head. A rolled-back savepoint takes its settings back with its rows. The hashes are computed
-- exactly as before (the same canonical text), so every existing chain still verifies; the row with a basis is
-- hashed inline rather than through two nested SQL functions.
--
-- The application cannot insert into a partition directly (it has no grant on them), so every insert goes through
-- access_log and fires the statement trigger.

create or replace function access_log_chain_row() returns trigger
    language plpgsql security definer
    set search_path = public, pg_temp
as $$
declare
    held text := current_setting('kernteam.access_log_lane', true);
    head access_log_chain;
    lane_no smallint;
    previous_seq bigint;
    previous_hash bytea;
begin
    if held is not null and held <> '' then
        lane_no := held::smallint;
        previous_seq := current_setting('kernteam.access_log_seq')::bigint;
        previous_hash := decode(current_setting('kernteam.access_log_hash'), 'hex');
    else
        -- a free lane, starting somewhere different for each connection
        select * into head from access_log_chain
         order by (lane - pg_backend_pid() % 64 + 64) % 64
         for update skip locked limit 1;
        if head.lane is null then
            -- every lane is busy (more open writers than lanes): wait for one
            select * into head from access_log_chain where lane = pg_backend_pid() % 64 for update;
        end if;
        lane_no := head.lane;
        previous_seq := head.seq;
        previous_hash := head.hash;
        perform set_config('kernteam.access_log_lane', head.lane::text, true);
    end if;
    new.lane := lane_no;
    new.chain_seq := previous_seq + 1;
    if new.basis is null then
        new.hash := access_log_row_hash(previous_hash, new.lane, new.chain_seq, new.id, new.at, new.actor_id,
            new.actor_name, new.organisation_id, new.organisation_name, new.household_id, new.action, new.resource,
            new.outcome, new.emergency);
    else
        new.hash := sha256(previous_hash || convert_to(jsonb_build_array(new.lane, new.chain_seq, new.id,
            (extract(epoch from new.at) * 1000000)::bigint, new.actor_id, new.actor_name, new.organisation_id,
            new.organisation_name, new.household_id, new.action, new.resource, new.outcome, new.emergency,
            new.basis)::text, 'UTF8'));
    end if;
    perform set_config('kernteam.access_log_seq', new.chain_seq::text, true);
    perform set_config('kernteam.access_log_hash', encode(new.hash, 'hex'), true);
    perform set_config('kernteam.access_log_last',
        new.id::text || ' ' || (extract(epoch from new.at) * 1000000)::bigint::text || ' ' || coalesce(new.household_id::text, '-'), true);
    return new;
end
$$;

create or replace function access_log_chain_statement() returns trigger
    language plpgsql security definer
    set search_path = public, pg_temp
as $$
declare
    last text[] := string_to_array(nullif(current_setting('kernteam.access_log_last', true), ''), ' ');
begin
    if last is not null then
        update access_log_chain
           set seq = current_setting('kernteam.access_log_seq')::bigint,
               hash = decode(current_setting('kernteam.access_log_hash'), 'hex'),
               last_id = last[1]::bigint, last_at = to_timestamp(last[2]::bigint / 1000000.0),
               last_household_id = nullif(last[3], '-')::uuid
         where lane = current_setting('kernteam.access_log_lane')::smallint;
        perform set_config('kernteam.access_log_last', '', true);
    end if;
    return null;
end
$$;

create trigger access_log_chained_head after insert on access_log
    for each statement execute function access_log_chain_statement();

revoke all on function access_log_chain_row() from public;
revoke all on function access_log_chain_statement() from public;
