-- network: the privacy officer reviews every emergency access afterwards and records a finding. A review is
-- written once: who, when and what they found, all three or none.

alter table emergency_access
    add column reviewed_at timestamptz,
    add column reviewed_by uuid references professional (id),
    add column finding     text check (finding is null or length(trim(finding)) > 0),
    add constraint emergency_access_review_complete
        check ((reviewed_at is null) = (reviewed_by is null) and (reviewed_at is null) = (finding is null));

-- the review list: unreviewed first, newest first
create index emergency_access_for_review on emergency_access ((reviewed_at is not null), started_at desc, id);
