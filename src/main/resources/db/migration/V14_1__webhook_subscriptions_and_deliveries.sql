-- webhook: other systems subscribe to kinds of events (issue 18); each event becomes one delivery per subscription,
-- carrying ids and kinds, never content, posted signed (HMAC-SHA256 with the subscription's secret, stored encrypted)
-- and retried with back-off until delivered or failed for good.

create table webhook_subscription (
    id               uuid primary key,
    name             text not null check (length(name) between 1 and 200),
    url              text not null check (length(url) between 1 and 2000),
    secret_encrypted text not null,
    kinds            text[] not null check (cardinality(kinds) between 1 and 20),
    active           boolean not null default true,
    created_at       timestamptz not null,
    created_by       uuid not null references professional (id)
);

create table webhook_delivery (
    id               uuid primary key,
    subscription_id  uuid not null references webhook_subscription (id),
    kind             text not null,
    payload          text not null check (length(payload) <= 4000),
    status           text not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer not null default 0,
    created_at       timestamptz not null,
    next_attempt_at  timestamptz,
    delivered_at     timestamptz,
    last_status      integer,
    last_error       text check (last_error is null or length(last_error) <= 500)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_failed on webhook_delivery (created_at desc) where status = 'FAILED';
create index webhook_delivery_by_subscription on webhook_delivery (subscription_id, created_at desc);
