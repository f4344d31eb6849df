-- shared: Spring Modulith's event publication registry on PostgreSQL (issue 18), its schema v2 as the library ships it
-- (spring-modulith-events-jdbc, schemas/v2/schema-postgresql.sql), created here because Kernteam's application role
-- may not create tables. An event for a listener that runs after the commit (@ApplicationModuleListener) is stored in
-- the transaction that publishes it and deleted once the listener completed (completion-mode=delete); what is left
-- is handed on again after a restart. No code of Kernteam reads or writes it.

create table event_publication (
    id                     uuid not null primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
