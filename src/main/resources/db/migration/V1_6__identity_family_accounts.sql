-- identity: accounts of family members (a parent, a carer, a young person from 12), who log in to see and add to
-- their own household's file. The contact person invites a member; the member activates the account with a
-- one-time code that the contact person hands over in person. Only the code's SHA-256 is kept: it is random
-- (about 60 bits), short-lived and used once, so a slow hash adds nothing. A household and a member are named
-- by id (they belong to the household module); the member's name is kept for the login and the access log.

create table family_account (
    id                    uuid primary key,
    household_id          uuid not null,
    member_id             uuid not null,
    member_name           text not null check (length(member_name) between 1 and 300),
    username              text check (username is null or length(username) between 3 and 100),
    password_hash         text,
    activation_code_hash  bytea,
    code_expires_at       timestamptz,
    invited_by            uuid not null references professional (id),
    invited_at            timestamptz not null,
    activated_at          timestamptz,
    ended_at              timestamptz,
    ended_by              uuid references professional (id),
    failed_logins         integer not null default 0,
    locked_until          timestamptz,
    -- one of the demo region's family accounts, whose password is published (see professional.demo)
    demo                  boolean not null default false,
    version               integer not null default 0,
    constraint family_account_activated_has_password check ((username is null) = (password_hash is null)),
    constraint family_account_code_expires check ((activation_code_hash is null) = (code_expires_at is null))
);
create unique index family_account_username_unique on family_account (lower(username)) where username is not null;
create unique index family_account_code_unique on family_account (activation_code_hash) where activation_code_hash is not null;
-- one account per member at a time; an ended account stays for the record
create unique index family_account_one_per_member on family_account (member_id) where ended_at is null;
create index family_account_by_household on family_account (household_id, invited_at);
