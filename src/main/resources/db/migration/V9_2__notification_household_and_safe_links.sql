-- notification: a notification names a household only by reference. The name is filled in when the notification
-- is read, and only if the reader may still see that household (otherwise a neutral "een huishouden"), so that
-- a professional who has left the network stops seeing the family's name. Links are app-relative paths only.

alter table notification add column household_id uuid references household (id);
alter table notification add column household_argument smallint check (household_argument >= 0);

-- new rows: a path inside the application, never another host ("//host", "/\host", "https://host")
alter table notification add constraint notification_link_app_relative
    check (link is null or (link ~ '^/([^/\\]|$)' and link !~ '[\\[:space:][:cntrl:]]')) not valid;

-- rows written before: take the household from the link, and erase the stored name at its known position
update notification n
   set household_id = h.id
  from household h
 where n.link ~ '^/households/[0-9a-f-]{36}'
   and h.id::text = substring(n.link from '^/households/([0-9a-f-]{36})');

update notification n
   set household_argument = p.position
  from (values ('network.notification.involved', 0), ('network.notification.ended', 0),
               ('network.notification.newContactPerson', 0), ('network.notification.handedOver', 0),
               ('network.notification.director', 0), ('network.notification.emergencyAccess', 2),
               ('signal.notification.contactPerson', 2)) as p (message_key, position)
 where n.message_key = p.message_key and cardinality(n.arguments) > p.position;

update notification set arguments[household_argument + 1] = '' where household_argument is not null;
