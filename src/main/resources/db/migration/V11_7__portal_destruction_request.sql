-- portal: the family may ask to destroy its file earlier than the retention period (Jeugdwet art. 7.3.10, AVG art.
-- 17; issue 15). A request of its own kind, handled by the region's privacy officers like a data request; granting
-- it destroys the closed file at once (household's destruction, which deletes this request with the rest).
alter table portal_objection drop constraint portal_objection_kind_check;
alter table portal_objection add constraint portal_objection_kind_check
    check (kind in ('OBJECTION', 'COMPLAINT', 'DATA_REQUEST', 'DESTRUCTION_REQUEST'));
