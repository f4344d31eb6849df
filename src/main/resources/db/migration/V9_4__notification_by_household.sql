-- notification: found by household (issue 19). Destroying a household deletes its notifications, and deleting the
-- household row makes PostgreSQL check that none is left: both read every notification of the region, a table that
-- grows by every event for every professional. ForeignKeyIndexIntegrationTests.
create index if not exists notification_by_household on notification (household_id);
