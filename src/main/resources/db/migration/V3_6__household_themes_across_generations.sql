-- household: themes that repeat across generations (addiction, violence, psychiatric illness), marked on a person
-- together with the family. Shown in the genogram only to who may see the person's household; a theme that repeats
-- shows as the same mark on people of two generations.

create table member_theme (
    id          uuid primary key,
    household_id uuid not null references household (id),
    member_id   uuid not null references member (id),
    theme       text not null check (theme in ('ADDICTION', 'VIOLENCE', 'PSYCHIATRIC_ILLNESS')),
    created_at  timestamptz not null,
    created_by  uuid not null references professional (id),
    ended_at    timestamptz
);
create unique index member_theme_once on member_theme (member_id, theme) where ended_at is null;
create index member_theme_by_household on member_theme (household_id) where ended_at is null;
