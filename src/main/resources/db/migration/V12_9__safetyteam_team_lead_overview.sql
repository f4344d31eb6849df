-- safetyteam: a team lead's overview lists the requests to their organisation by status (waiting, accepted by the end
-- of the time box); one index serves each list, so the cost follows the organisation's requests, not the region.
create index expertise_request_by_organisation_status on expertise_request (organisation_id, status, until);
