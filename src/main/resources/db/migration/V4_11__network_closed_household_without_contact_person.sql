-- network: a household whose file is closed (household's closed_household view) has no contact person; every open
-- household still has exactly one, checked when the transaction commits. Closing ends the contact person and
-- records the closure in one transaction; reopening records the reopening and appoints one in one transaction.
create or replace function household_has_current_contact_person(checked uuid) returns void language plpgsql as $$
begin
    if exists (select 1 from household where id = checked)
       and not exists (select 1 from closed_household where household_id = checked)
       and not exists (select 1 from contact_person where household_id = checked and ended_at is null) then
        raise exception 'household % has no current contact person', checked using errcode = 'check_violation';
    end if;
end
$$;
