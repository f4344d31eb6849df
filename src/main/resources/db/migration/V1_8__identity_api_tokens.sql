-- identity: short-lived tokens for integrations (issue 18). A client exchanges its credentials once
-- (POST /api/v1/tokens, HTTP Basic) and then calls the API with "Authorization: Bearer ..." without a bcrypt check
-- per call. Only a SHA-256 hash of the token is stored: whoever reads this table cannot call the API with it.
-- In the database rather than in one node's memory, so that every node accepts the token and ending an account's
-- sessions (deactivation, new roles, a password reset) ends its tokens on every node at once.

create table api_token (
    token_hash  bytea primary key check (length(token_hash) = 32),
    username    text not null check (length(username) between 1 and 200),
    issued_at   timestamptz not null,
    expires_at  timestamptz not null,
    check (expires_at > issued_at)
);
create index api_token_username on api_token (lower(username));
create index api_token_expiry on api_token (expires_at);
