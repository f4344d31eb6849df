-- assessment: a joint assessment's versions are append-only (V6_1), except when the household's whole file is
-- destroyed (issue 15: after the retention period, or earlier on the family's granted request). The destroying
-- transaction names the household in the transaction-local setting kernteam.destroying_household; a delete of a
-- version passes only for an assessment of that household, and only while its file is closed. An update or a
-- truncate is refused as before. Repeatable, so that the rule stays in one place as it changes.
-- Issue 17: an assessment that was started but never saved (only its first version) may be discarded; the
-- discarding transaction names it in kernteam.discarding_assessment, and only its version 1 goes.

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
    if tg_op = 'DELETE'
       and old.version = 1
       and old.assessment_id::text = current_setting('kernteam.discarding_assessment', true)
       and not exists (select 1 from assessment_version v where v.assessment_id = old.assessment_id and v.version > 1) then
        return old;
    end if;
    raise exception 'assessment_version is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;
