-- notification: in-app messages to a professional (a match found, emergency access to one of their
-- households, a handover ...). The text is a message key with arguments, rendered in the reader's language;
-- never family content beyond what the reader may see.

create table notification (
    id               uuid primary key,
    professional_id  uuid not null references professional (id),
    message_key      text not null,
    arguments        text[] not null default '{}',
    link             text,
    created_at       timestamptz not null,
    read_at          timestamptz
);
create index notification_by_professional on notification (professional_id, created_at desc);
create index notification_unread on notification (professional_id) where read_at is null;
