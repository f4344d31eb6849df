-- household: one search text per household (issue 19, second round). The household's name and its current members'
-- names ("given family"), lower case, one per line, in a narrow table of its own with one trigram index: a search
-- by name is one bitmap scan over ~770 pages, where the two indexes of V3_9 read the wider member table too and
-- then had to merge both. Kept right by triggers in the same transaction as every write to household or member,
-- whichever code writes; removed with its household (destruction, on delete cascade).
-- Names never hold a line break (@ReadableName), so a pattern without one cannot match across two names.
create table household_search (
    household_id  uuid primary key references household (id) on delete cascade,
    text          text not null
);

create function household_search_text(household uuid) returns text
language sql stable
as $$
    select lower(h.name || coalesce(e'\n' || (select string_agg(m.given_name || ' ' || m.family_name, e'\n'
                                                                order by m.position, m.id)
                                                 from member m
                                                where m.household_id = h.id and m.removed_at is null), ''))
      from household h
     where h.id = household
$$;

create function household_search_of_household() returns trigger
language plpgsql
as $$
begin
    insert into household_search (household_id, text) values (new.id, household_search_text(new.id))
        on conflict (household_id) do update set text = excluded.text;
    return null;
end
$$;

create function household_search_of_member() returns trigger
language plpgsql
as $$
begin
    -- an update, not an insert: while a household is destroyed its members go first, then its row and with it
    -- its search text
    if tg_op in ('UPDATE', 'DELETE') then
        update household_search set text = household_search_text(old.household_id)
         where household_id = old.household_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and (tg_op = 'INSERT' or new.household_id <> old.household_id) then
        update household_search set text = household_search_text(new.household_id)
         where household_id = new.household_id;
    end if;
    return null;
end
$$;

create trigger household_search_on_insert after insert on household
    for each row execute function household_search_of_household();
create trigger household_search_on_rename after update of name on household
    for each row when (old.name is distinct from new.name) execute function household_search_of_household();
create trigger household_search_on_member_change after insert or delete on member
    for each row execute function household_search_of_member();
create trigger household_search_on_member_update after update of given_name, family_name, removed_at, position, household_id
    on member
    for each row when (old.given_name is distinct from new.given_name or old.family_name is distinct from new.family_name
                       or old.removed_at is distinct from new.removed_at or old.position is distinct from new.position
                       or old.household_id is distinct from new.household_id)
    execute function household_search_of_member();

insert into household_search (household_id, text) select id, household_search_text(id) from household;

create index household_search_trigram on household_search using gin (text gin_trgm_ops);

-- V3_9's index on household names served only this search; member_name_trigram stays (HouseholdAccessLog's search
-- of the households behind a name in the access log reads it)
drop index household_name_trigram;
