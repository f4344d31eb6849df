-- assessment: the joint assessment (gezamenlijke oordeelsvorming) of a household, made with the family in
-- one shared safety language (Signs of Safety). The current document lives in the normalised tables below, so
-- that the scores chart and the family plan can query it; every save also writes an immutable version row with
-- the whole document, for the history.

create table assessment (
    id                    uuid primary key,
    household_id          uuid not null references household (id),
    assessed_on           date not null,
    safety_judgement      text check (safety_judgement in ('NONE', 'STRUCTURAL', 'ACUTE')),
    rationale             text,
    explanatory_analysis  text,
    version               integer not null default 1,
    created_at            timestamptz not null,
    created_by            uuid not null references professional (id),
    updated_at            timestamptz not null,
    updated_by            uuid not null references professional (id),
    -- by the shared definitions, unsafety is never stated without saying why
    constraint assessment_unsafety_has_rationale check (
        safety_judgement is null or safety_judgement = 'NONE' or length(trim(coalesce(rationale, ''))) > 0)
);
create index assessment_by_household on assessment (household_id, assessed_on desc, created_at desc);

-- The people at the table. The score (0-10 safety scale) is per participant per assessment.
create table assessment_participant (
    assessment_id    uuid not null references assessment (id),
    id               uuid not null,
    position         integer not null,
    name             text not null check (length(trim(name)) > 0),
    kind             text not null check (kind in ('FAMILY', 'INFORMAL', 'PROFESSIONAL')),
    member_id        uuid references member (id),
    professional_id  uuid references professional (id),
    view             text,
    score            smallint check (score between 0 and 10),
    score_note       text,
    primary key (assessment_id, id),
    constraint assessment_participant_member_is_family check (member_id is null or kind = 'FAMILY'),
    constraint assessment_participant_professional_is_professional check (professional_id is null or kind = 'PROFESSIONAL')
);
create unique index assessment_participant_unique_name on assessment_participant (assessment_id, lower(name));

-- Facts, never confused with opinions: each has a source and how certain it is.
create table assessment_fact (
    assessment_id  uuid not null references assessment (id),
    id             uuid not null,
    position       integer not null,
    text           text not null,
    source         text not null,
    certainty      text not null check (certainty in ('SEEN', 'TOLD', 'INTERPRETATION')),
    primary key (assessment_id, id)
);

-- The three columns: worries (harm, complicating factors), what works well (strengths, existing safety), and
-- what needs to happen (next steps).
create table assessment_item (
    assessment_id  uuid not null references assessment (id),
    id             uuid not null,
    section        text not null check (section in ('WORRY', 'STRENGTH', 'NEXT_STEP')),
    position       integer not null,
    kind           text,
    text           text not null,
    explanation    text,
    owner          text,
    due_on         date,
    primary key (assessment_id, id),
    constraint assessment_item_kind_fits_section check (
        kind is null
        or (section = 'WORRY' and kind in ('HARM', 'COMPLICATING_FACTOR'))
        or (section = 'STRENGTH' and kind in ('STRENGTH', 'EXISTING_SAFETY')))
);

-- Danger statements, each paired with a safety goal. The id is stable across versions (and carried over to the
-- next assessment), so that the family plan can link its goals to it.
create table assessment_danger_statement (
    assessment_id  uuid not null references assessment (id),
    id             uuid not null,
    position       integer not null,
    text           text not null,
    safety_goal    text not null,
    explanation    text,
    primary key (assessment_id, id)
);
create index assessment_danger_statement_by_id on assessment_danger_statement (id);

-- Key decisions with their rationale, the professional who challenged them (tegenspraak) and the family's view.
create table assessment_key_decision (
    assessment_id    uuid not null references assessment (id),
    id               uuid not null,
    position         integer not null,
    kind             text not null check (kind in ('PLACEMENT', 'COURT_MEASURE', 'HELP', 'OTHER')),
    decision         text not null,
    rationale        text not null check (length(trim(rationale)) > 0),
    challenged_by    uuid references professional (id),
    challenge_note   text,
    family_position  text check (family_position in ('AGREES', 'DISAGREES')),
    family_words     text,
    explanation      text,
    recorded_by      uuid not null references professional (id),
    recorded_at      timestamptz not null,
    primary key (assessment_id, id),
    constraint assessment_key_decision_placement_is_challenged check (kind <> 'PLACEMENT' or challenged_by is not null),
    constraint assessment_key_decision_challenger_is_not_recorder check (challenged_by is null or challenged_by <> recorded_by)
);

-- A decision about placement outside the home is challenged by a behavioural scientist; the database checks it
-- too, so that demo and imported data keep the rule.
create function assessment_placement_challenged_by_behavioural_scientist() returns trigger language plpgsql as $$
begin
    if new.kind = 'PLACEMENT' and not exists (
            select 1 from professional where id = new.challenged_by and 'BEHAVIOURAL_SCIENTIST' = any (roles)) then
        raise exception 'placement decision % is not challenged by a behavioural scientist', new.id
            using errcode = 'check_violation';
    end if;
    return new;
end
$$;
create trigger assessment_key_decision_placement_challenger before insert or update on assessment_key_decision
    for each row execute function assessment_placement_challenged_by_behavioural_scientist();

-- A short plain-language (B1) explanation for the family, per part of the assessment.
create table assessment_explanation (
    assessment_id  uuid not null references assessment (id),
    part           text not null check (part in ('VIEWS', 'FACTS', 'WORRIES', 'STRENGTHS', 'DANGER_STATEMENTS',
                       'NEXT_STEPS', 'SCORES', 'JUDGEMENT', 'KEY_DECISIONS')),
    text           text not null,
    primary key (assessment_id, part)
);

-- Every save: who, when, and the whole document. Append-only, like the access log.
create table assessment_version (
    assessment_id  uuid not null references assessment (id),
    version        integer not null,
    saved_at       timestamptz not null,
    saved_by       uuid not null references professional (id),
    saved_by_name  text not null,
    document       jsonb not null,
    primary key (assessment_id, version)
);

create function assessment_version_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'assessment_version is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger assessment_version_append_only before update or delete on assessment_version
    for each row execute function assessment_version_refuse_change();
create trigger assessment_version_no_truncate before truncate on assessment_version
    for each statement execute function assessment_version_refuse_change();
