-- safetyteam: the child check (kindcheck) on the meldcode trail, part of step 1: a professional of adult services
-- (mental health, addiction care, probation, police) who sees an adult client checks whether they care for children
-- and whether those children are safe.
alter table meldcode_trail
    add column child_check_on             date,
    add column child_check_has_children   boolean,
    add column child_check_children_safe  boolean,
    add column child_check_by             uuid references professional (id),
    add column child_check_notes          text check (length(child_check_notes) <= 4000),
    add check ((child_check_on is null) = (child_check_has_children is null));
