-- identity: the demo region's accounts share a published password; mark them, so that login can refuse them
-- when Kernteam is reachable from the network, whatever they are called
alter table professional add column demo boolean not null default false;
