-- assessment: an index for every foreign key (issue 19): deleting a member (when a household is destroyed) made
-- PostgreSQL read every assessment participant to check that none still named it. ForeignKeyIndexIntegrationTests.
create index if not exists assessment_participant_by_member on assessment_participant (member_id);
