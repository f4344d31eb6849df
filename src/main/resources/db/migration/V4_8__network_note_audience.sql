-- network: a contact note is for the core team (the default, and what every note so far was) or for the whole
-- network, partners included.

alter table note add column audience text not null default 'CORE_TEAM' check (audience in ('CORE_TEAM', 'NETWORK'));
create index note_for_network_by_household on note (household_id, created_at desc) where audience = 'NETWORK';
