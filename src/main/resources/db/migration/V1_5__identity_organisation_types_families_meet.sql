-- identity: the organisation types that families meet beyond youth protection (issue 12). MENTAL_HEALTH keeps
-- its meaning, now explicitly adult mental health; youth mental health is its own type.

alter table organisation drop constraint organisation_type_check;
alter table organisation add constraint organisation_type_check check (type in ('LOCAL_TEAM', 'VEILIG_THUIS',
    'CHILD_PROTECTION_BOARD', 'YOUTH_PROTECTION_AGENCY', 'MENTAL_HEALTH', 'POLICE', 'PUBLIC_PROSECUTOR', 'SCHOOL',
    'GENERAL_PRACTITIONER', 'OTHER', 'YOUTH_CARE', 'YOUTH_HEALTH_CARE', 'YOUTH_MENTAL_HEALTH', 'ADDICTION_CARE',
    'PROBATION', 'SAFETY_HOUSE', 'MUNICIPALITY', 'DEBT_COUNSELLING', 'HOUSING_CORPORATION', 'WOMENS_SHELTER',
    'CONFIDENTIAL_ADVISER', 'LAWYER'));
