-- network: an index for every foreign key (issue 19): deleting an involvement (when a household is destroyed) made
-- PostgreSQL read every share to check that none still named it. ForeignKeyIndexIntegrationTests.
create index if not exists involvement_share_by_involvement on involvement_share (involvement_id);
