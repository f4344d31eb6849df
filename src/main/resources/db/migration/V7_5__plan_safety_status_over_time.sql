-- plan: the safety status over time (issue 14): direct safety, stable safety, recovery, each with the date from
-- which it holds and who set it. A history, not a phase: a status can return (direct safety again after a
-- setback), and every change stays. The plan's phase stays for API version 1; a phase change records the
-- matching status as well.

create table plan_safety_status (
    id            uuid primary key,
    household_id  uuid not null references plan (household_id),
    status        text not null check (status in ('DIRECT_SAFETY', 'STABLE_SAFETY', 'RECOVERY')),
    since         date not null,
    set_by        uuid not null references professional (id),
    set_at        timestamptz not null
);
create index plan_safety_status_by_household on plan_safety_status (household_id, since, set_at);

-- Each plan starts its history with the status its phase stands for, from the day the plan was last changed
-- (the day of the phase change is not kept; this is the latest day it is known to hold).
insert into plan_safety_status (id, household_id, status, since, set_by, set_at)
select gen_random_uuid(), household_id,
       case phase when 'SAFETY_CONDITIONS' then 'DIRECT_SAFETY' when 'SAFETY_PLAN' then 'STABLE_SAFETY' else 'RECOVERY' end,
       (updated_at at time zone 'Europe/Amsterdam')::date, updated_by, updated_at
  from plan;
