-- safetyteam publishes the expertise requests about a household for the family's own pages: which organisation was
-- asked, the question (written so that the family can read it), where it stands, who joined and until when. The
-- urgency, the decline reason, the answer and who asked stay safetyteam's own.
-- Every view is published (TableOwnershipTests): other modules read these, never the tables, and never write.

create or replace view expertise_request_for_family as
    select id, household_id, organisation_id, question, status, professional_id, until, requested_at
      from expertise_request;

-- safetyteam publishes what the family's own pages (portal) show of the legal track: which court order concerns
-- which child and how long it runs (as extended), and that a request for investigation was made to the Raad (the
-- family then gets the legal-aid information). The question, the instructions and the professionals' notes stay
-- safetyteam's own. Every view is published (TableOwnershipTests): other modules read these, never the tables.

create or replace view court_order_of_child as
    select id, household_id, child_member_id, kind, starts_on, current_ends_on, placement_started_on, stopped_on
      from court_order;

create or replace view raad_request_made as
    select id, household_id, requested_on
      from raad_request;

-- For the network's timeline: an order recorded and each extension, when, by whom, about which child, until when.
create or replace view court_order_timeline as
    select o.id, o.household_id, 'COURT_ORDER' as event, o.created_at as at, o.decided_on, o.kind, o.ends_on,
           o.child_member_id, o.created_by
      from court_order o
    union all
    select e.id, o.household_id, 'COURT_ORDER_EXTENDED', e.created_at, e.decided_on, o.kind, e.ends_on,
           o.child_member_id, e.created_by
      from court_order_extension e join court_order o on o.id = e.order_id;

-- For learning's case reviews: when a report or advice request reached which organisation and who recorded it, and
-- who asked which organisation for expertise when. What was reported, the outcome's reasons, the question and the
-- answer stay safetyteam's own.
create or replace view report_received as
    select id, household_id, organisation_id, kind, received_on, created_at, created_by
      from report;

create or replace view expertise_request_made as
    select id, household_id, organisation_id, requested_at, requested_by
      from expertise_request;
