-- safetyteam: the legal track. A court order about one child of the household (Burgerlijk Wetboek Boek 1), its dates
-- as the court decided them (never computed), its extensions as a chain, and what happens under it: whether a
-- placement order has been used (the placement started), whether the parties were heard after an emergency order,
-- the agency's written instructions during a supervision order, and the acceptable period with its rationale.
-- ends_on is the end as first decided; current_ends_on the end after the latest extension (what the deadlines list
-- and the warnings read). Closing the file stops a running order's clock (stopped_on), as it stops reports' clocks.

create table court_order (
    id                           uuid primary key,
    household_id                 uuid not null references household (id),
    child_member_id              uuid not null references member (id),
    kind                         text not null check (kind in ('PROVISIONAL_SUPERVISION', 'SUPERVISION', 'PLACEMENT',
                                                               'EMERGENCY_PLACEMENT', 'CUSTODY')),
    decided_on                   date not null,
    starts_on                    date not null,
    ends_on                      date not null,
    current_ends_on              date not null,
    parties_heard_on             date,
    placement_started_on         date,
    acceptable_period_until      date,
    acceptable_period_rationale  text check (length(acceptable_period_rationale) <= 2000),
    stopped_on                   date,
    created_at                   timestamptz not null,
    created_by                   uuid not null references professional (id),
    check (ends_on >= starts_on and current_ends_on >= ends_on),
    check ((acceptable_period_until is null) = (acceptable_period_rationale is null))
);
create index court_order_by_household on court_order (household_id, child_member_id, starts_on);
-- the deadlines list reaches a household's running orders in end order through this partial index
create index court_order_running_by_household on court_order (household_id, current_ends_on) where stopped_on is null;

create table court_order_extension (
    id                uuid primary key,
    order_id          uuid not null references court_order (id),
    decided_on        date not null,
    previous_ends_on  date not null,
    ends_on           date not null check (ends_on > previous_ends_on),
    created_at        timestamptz not null,
    created_by        uuid not null references professional (id)
);
create index court_order_extension_by_order on court_order_extension (order_id, ends_on);

create table court_order_instruction (
    id          uuid primary key,
    order_id    uuid not null references court_order (id),
    given_on    date not null,
    text        text not null check (length(text) between 1 and 4000),
    created_at  timestamptz not null,
    created_by  uuid not null references professional (id)
);
create index court_order_instruction_by_order on court_order_instruction (order_id, given_on);
