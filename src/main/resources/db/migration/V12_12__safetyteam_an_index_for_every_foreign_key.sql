-- safetyteam: an index for every foreign key (issue 19): deleting a household, a member or a court order (when a
-- household is destroyed) made PostgreSQL read whole tables to check that no deadline, order or placement decision
-- still named it. ForeignKeyIndexIntegrationTests.
create index if not exists report_deadline_by_household_all on report_deadline (household_id);
create index if not exists court_order_by_child on court_order (child_member_id);
create index if not exists placement_decision_by_child on placement_decision (child_member_id);
create index if not exists placement_decision_by_court_order on placement_decision (court_order_id);
