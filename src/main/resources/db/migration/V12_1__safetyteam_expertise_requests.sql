-- safetyteam: a question from a household's contact person or director to an organisation (the regional safety
-- team: Veilig Thuis, the Raad voor de Kinderbescherming, a certified agency; or any other). Nobody of that
-- organisation sees the household until one of them accepts; the accepted professional then joins the core team
-- (network's involvement) until the time box ends. The question is written so that the family can read it.

create table expertise_request (
    id                uuid primary key,
    household_id      uuid not null references household (id),
    organisation_id   uuid not null references organisation (id),
    question          text not null check (length(question) between 1 and 10000),
    urgency           text not null check (urgency in ('ROUTINE', 'URGENT', 'ACUTE')),
    until             date not null,
    status            text not null check (status in ('REQUESTED', 'ACCEPTED', 'DECLINED', 'ENDED')),
    requested_by      uuid not null references professional (id),
    requested_at      timestamptz not null,
    decided_by        uuid references professional (id),
    decided_at        timestamptz,
    decline_reason    text check (length(decline_reason) <= 1000),
    -- who joined, and network's involvement that lets them see the household
    professional_id   uuid references professional (id),
    involvement_id    uuid,
    answer            text check (length(answer) <= 10000),
    answered_by       uuid references professional (id),
    answered_at       timestamptz,
    reminded_at       timestamptz,
    ended_at          timestamptz,
    constraint expertise_request_decided check ((status = 'REQUESTED') = (decided_at is null)),
    constraint expertise_request_joined check (status not in ('ACCEPTED', 'ENDED') or professional_id is not null)
);
-- the duty queue of an organisation, open ones first
create index expertise_request_by_organisation on expertise_request (organisation_id, requested_at desc);
create index expertise_request_by_household on expertise_request (household_id, requested_at desc);
-- the time box job: accepted requests by their end
create index expertise_request_running on expertise_request (until) where status = 'ACCEPTED';
