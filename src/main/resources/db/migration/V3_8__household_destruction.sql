-- household: destroying a closed file (issue 15). When the retention period of a closed household has passed, or
-- earlier when the region's privacy officer grants the family's request, every module deletes the household's
-- rows in one transaction and the household row goes last. What stays is this record: which household (its id
-- only, so that the access log, which the law keeps, still names a household that existed), when, on which
-- grounds, by the job or by which privacy officer, and how many rows each table lost. Never a name or content.

create table household_destruction (
    household_id     uuid primary key,
    destroyed_at     timestamptz not null,
    grounds          text not null check (grounds in ('RETENTION_ENDED', 'FAMILY_REQUEST')),
    retention_until  date,
    closed_at        timestamptz,
    destroyed_by     uuid references professional (id),
    -- the organisation whose privacy officer granted the request (who may read this record back)
    organisation_id  uuid references organisation (id),
    -- the privacy officer's reason for granting the family's request (the legal ground, not the file's content)
    reason           text check (reason is null or length(reason) between 1 and 1000),
    -- table name -> number of rows deleted, e.g. {"member": 3, "note": 12}
    rows             jsonb not null,
    constraint household_destruction_by_whom check (
        (grounds = 'FAMILY_REQUEST') = (destroyed_by is not null) and (destroyed_by is null) = (reason is null))
);
create index household_destruction_recent on household_destruction (destroyed_at desc);
