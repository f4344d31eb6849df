-- audit: every access-log row names the rule of the access decision that granted or refused it (CORE_TEAM,
-- PARTNER, PARTNER_SHARED_ASSESSMENTS, EMERGENCY, OUTSIDE_NETWORK ...): the basis of the access.
--
-- The basis is part of the row's hash, so that it cannot be changed unseen either. Rows written before this
-- migration have none; for a row without a basis the hash is computed as before, so the chain they are in
-- still verifies, and no old row needs rewriting.

alter table access_log add column basis text check (basis is null or length(basis) between 1 and 100);

create function access_log_row_hash(previous bytea, lane smallint, chain_seq bigint, id bigint, at timestamptz,
        actor_id uuid, actor_name text, organisation_id uuid, organisation_name text, household_id uuid,
        action text, resource text, outcome text, emergency boolean, basis text) returns bytea
    language sql stable parallel safe
    set search_path = pg_catalog
as $$
    select case when basis is null
        then public.access_log_row_hash(previous, lane, chain_seq, id, at, actor_id, actor_name, organisation_id,
            organisation_name, household_id, action, resource, outcome, emergency)
        else sha256(previous || convert_to(jsonb_build_array(lane, chain_seq, id,
            (extract(epoch from at) * 1000000)::bigint, actor_id, actor_name, organisation_id, organisation_name,
            household_id, action, resource, outcome, emergency, basis)::text, 'UTF8'))
    end
$$;

create or replace function access_log_chain_row() returns trigger
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
        new.emergency, new.basis);
    update access_log_chain
       set seq = new.chain_seq, hash = new.hash, last_id = new.id, last_at = new.at, last_household_id = new.household_id
     where lane = head.lane;
    return new;
end
$$;

revoke all on function access_log_chain_row() from public;
