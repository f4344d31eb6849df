-- safetyteam: the local team asks the Raad voor de Kinderbescherming (it does not ask the court). One request with
-- its steps: the request for investigation (date, question; the Raad's norm is to start within 10 days), the child
-- protection table (date, who took part, what the Raad's investigator decided), and the Raad's advice to the court.
-- And the key decisions on where a child lives, as the guideline names them: out of home or not, where (the
-- family's own network first: another place needs its reason), return home; a voluntary placement apart from a
-- placement under a court order (which then names the order).

create table raad_request (
    id                  uuid primary key,
    household_id        uuid not null references household (id),
    requested_on        date not null,
    question            text not null check (length(question) between 1 and 4000),
    table_held_on       date,
    table_participants  text[] check (table_participants <@ array['PARENTS', 'CHILDREN_12_PLUS',
                                      'REQUESTING_PROFESSIONAL', 'RAAD', 'AGENCY', 'INDEPENDENT_CHAIR']::text[]),
    table_outcome       text check (table_outcome in ('VOLUNTARY_HELP', 'INVESTIGATION')),
    advice_on           date,
    advice_kind         text check (advice_kind in ('SUPERVISION', 'PLACEMENT', 'CUSTODY', 'VOLUNTARY_HELP',
                                                    'NO_MEASURE')),
    advice_text         text check (length(advice_text) <= 4000),
    created_at          timestamptz not null,
    created_by          uuid not null references professional (id),
    check ((table_held_on is null) = (table_outcome is null)),
    check ((advice_on is null) = (advice_kind is null))
);
create index raad_request_by_household on raad_request (household_id, requested_on desc);

create table placement_decision (
    id                    uuid primary key,
    household_id          uuid not null references household (id),
    child_member_id       uuid not null references member (id),
    kind                  text not null check (kind in ('OUT_OF_HOME_PLACEMENT', 'STAY_HOME', 'RETURN_HOME')),
    decided_on            date not null,
    place                 text check (place in ('OWN_NETWORK', 'FOSTER_CARE', 'FAMILY_HOME', 'RESIDENTIAL')),
    basis                 text check (basis in ('VOLUNTARY', 'COURT_ORDER')),
    court_order_id        uuid references court_order (id),
    why_not_own_network   text check (length(why_not_own_network) <= 2000),
    rationale             text not null check (length(rationale) between 1 and 4000),
    created_at            timestamptz not null,
    created_by            uuid not null references professional (id),
    check ((kind = 'OUT_OF_HOME_PLACEMENT') = (place is not null and basis is not null)),
    check ((basis = 'COURT_ORDER') = (court_order_id is not null)),
    check (place is null or place = 'OWN_NETWORK' or why_not_own_network is not null)
);
create index placement_decision_by_household on placement_decision (household_id, decided_on);
