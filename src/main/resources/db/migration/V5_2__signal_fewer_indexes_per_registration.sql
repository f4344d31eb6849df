-- signal: every registration inserts into each index of the table (issue 19: 2,000 registrations per second with a
-- million stored). Two indexes did work another already does, or work done once a day:
-- - signal_by_person (person_fingerprint, registered_at) over every signal, active or archived: the match lookup
--   asks only for active signals, which signal_one_active_per_organisation (person_fingerprint, organisation_id)
--   where ended_at is null already finds by the fingerprint. The archived ones are looked up by person only when a
--   household is destroyed; they get a partial index of their own, which a registration does not touch.
-- - signal_active_by_registration (registered_at) where ended_at is null: only the lifecycle job (once a night)
--   asks for active signals by their registration date; a sequential scan of a million rows then costs a
--   fraction of a second, once, instead of an index insert per registration.
drop index signal_by_person;
drop index signal_active_by_registration;
create index signal_archived_by_person on signal (person_fingerprint) where ended_at is not null;
