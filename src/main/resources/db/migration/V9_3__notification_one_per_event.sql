-- notification: the same event told twice to the same person (two listeners, a repeated announcement, a double
-- submit) makes one unread notification, not two. event_key is a hash of what the notification says (message,
-- household, arguments, link); while one with the same key is unread, another is not written. Once read, the
-- same event may be told again. Rows written before carry no key and are left as they are.

alter table notification add column event_key text check (event_key is null or length(event_key) = 64);
create unique index notification_one_unread_per_event on notification (professional_id, event_key)
    where read_at is null and event_key is not null;
