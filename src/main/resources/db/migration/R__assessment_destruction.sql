-- assessment: a joint assessment's versions are append-only (V6_1), except when the household's whole file is
-- destroyed (issue 15: after the retention period, or earlier on the family's granted request). The destroying
-- transaction names the household in the transaction-local setting kernteam.destroying_household; a delete of a
-- version passes only for an assessment of that household, and only while its file is closed. An update or a
-- truncate is refused as before. Repeatable, so that the rule stays in one place as it changes.

create or replace function assessment_version_refuse_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE'
       and exists (select 1
                     from assessment a
                     join closed_household c on c.household_id = a.household_id
                    where a.id = old.assessment_id
                      and a.household_id::text = current_setting('kernteam.destroying_household', true)) then
        return old;
    end if;
    raise exception 'assessment_version is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;
