-- signal publishes which organisation signalled a person (by the fingerprint of their BSN), and since when, for the
-- family's own pages: a family sees who signalled them. The hint, the professional and the history stay signal's own.
-- Every view is published (TableOwnershipTests): other modules read these, never the tables, and never write.

create or replace view current_signal as
    select person_fingerprint, organisation_id, registered_at
      from signal
     where ended_at is null and identified_by = 'BSN';
