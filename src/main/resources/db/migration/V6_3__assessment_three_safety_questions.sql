-- The safety judgement as three separate questions (issue 14): acute and structural unsafety can both be true,
-- and a threat to development (ontwikkelingsbedreiging, the ground for a supervision order) is a third. All null:
-- not judged yet. Acute and structural are answered together; developmental_threat stays null where it was not
-- asked, as with every judgement made with the old single value.
--
-- The old value converts as it meant: NONE is neither acute nor structural, STRUCTURAL is structural, ACUTE is
-- acute; the third question was never asked, so it stays null rather than claim an answer nobody gave. The old
-- column goes: two sources of the judgement would drift apart. (API version 1 still accepts and answers the old
-- value, derived from the three.) The published view names the old column, so it goes first and
-- R__assessment_published_views.sql makes it again.

-- (on a new database the repeatable migrations have not run yet, so it may not be there)
drop view if exists assessment_meeting;

alter table assessment
    add column acute_unsafety boolean,
    add column structural_unsafety boolean,
    add column developmental_threat boolean;

update assessment
   set acute_unsafety = safety_judgement = 'ACUTE',
       structural_unsafety = safety_judgement = 'STRUCTURAL'
 where safety_judgement is not null;

alter table assessment
    drop constraint assessment_unsafety_has_rationale,
    drop column safety_judgement,
    add constraint assessment_safety_answered_together check (
        (acute_unsafety is null) = (structural_unsafety is null)
        and (developmental_threat is null or acute_unsafety is not null)),
    -- by the shared definitions, unsafety (and a threat to development) is never stated without saying why
    add constraint assessment_unsafety_has_rationale check (
        not (coalesce(acute_unsafety, false) or coalesce(structural_unsafety, false)
             or coalesce(developmental_threat, false))
        or length(trim(coalesce(rationale, ''))) > 0);
