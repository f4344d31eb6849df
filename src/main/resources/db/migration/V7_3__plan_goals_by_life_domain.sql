-- plan: a goal can answer a life domain (issue 12), so that a life-domain check turns into a goal in one step and
-- the plan groups its goals by domain.

alter table plan_goal add column life_domain text check (life_domain in ('FINANCES', 'WORK_EDUCATION', 'TIME_USE',
    'HOUSING', 'DOMESTIC_RELATIONS', 'MENTAL_HEALTH', 'PHYSICAL_HEALTH', 'ADDICTION', 'BASIC_SELF_CARE',
    'DAILY_ACTIVITIES', 'SOCIAL_NETWORK', 'PARTICIPATION', 'JUSTICE', 'PARENTING', 'CHILD_DEVELOPMENT'));
