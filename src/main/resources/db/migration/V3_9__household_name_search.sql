-- household: searching by name costs the same for 20 and 2,500 visible households (issue 19). Trigram indexes
-- (pg_trgm, shipped with PostgreSQL and with the embedded build) let `ilike '%text%'` find the matching
-- households and members first; the search then keeps only those the professional may see. Only names are
-- indexed: a BSN is searched by its keyed fingerprint (member_by_bsn), never in plain form.
create extension if not exists pg_trgm;

create index household_name_trigram on household using gin (name gin_trgm_ops);
-- the same expression the search compares, so that the index serves it
create index member_name_trigram on member using gin ((given_name || ' ' || family_name) gin_trgm_ops)
    where removed_at is null;
