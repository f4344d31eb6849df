-- household: an index for every foreign key (issue 19). Some columns that refer to a household or a member had only a
-- partial index (the open closure, current members, current relations) or none. Every household page reads the
-- household's closures for its timeline, reopened ones too: with 15,000 closures in the region that was two scans of
-- the whole table, 1.7 ms of PostgreSQL's time a page, growing with every file that ends. Destroying a household
-- read whole tables too: its members and relations by household, and for every member the relations that name it
-- (the checks PostgreSQL makes for a foreign key when a row it refers to is deleted), 200 ms and more for one
-- household in a region of 50,000. ForeignKeyIndexIntegrationTests keeps every foreign key covered.
create index if not exists household_closure_by_household_all on household_closure (household_id, closed_at);
create index if not exists member_by_household_all on member (household_id);
create index if not exists member_relation_by_household_all on member_relation (household_id);
create index if not exists member_relation_by_from_member on member_relation (from_member_id);
create index if not exists member_relation_by_to_member on member_relation (to_member_id);
create index if not exists member_theme_by_household_all on member_theme (household_id);
create index if not exists member_theme_by_member on member_theme (member_id);
create index if not exists household_link_by_household_all on household_link (household_id);
create index if not exists household_link_by_other_household_all on household_link (other_household_id);
create index if not exists life_domain_check_by_member on life_domain_check (member_id);
