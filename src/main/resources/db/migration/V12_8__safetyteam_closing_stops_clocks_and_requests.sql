-- safetyteam: closing a household's file (household_closure, V3_7) ends what still runs for it. A running clock is
-- stopped (not met: the record says it stopped because help ended); an open request is withdrawn; an accepted one
-- ended (its involvement ended with the rest of the network). The running-clock indexes leave stopped clocks out.
alter table report_deadline add column stopped_on date;
drop index report_deadline_running_by_household;
drop index report_deadline_running_by_organisation;
create index report_deadline_running_by_household on report_deadline (household_id, due)
    where met_on is null and stopped_on is null;
create index report_deadline_running_by_organisation on report_deadline (organisation_id, due)
    where met_on is null and stopped_on is null;

alter table expertise_request drop constraint expertise_request_status_check;
alter table expertise_request add constraint expertise_request_status_check
    check (status in ('REQUESTED', 'ACCEPTED', 'DECLINED', 'ENDED', 'WITHDRAWN'));
