-- household publishes who belongs to a person's family, for other modules to read (signal matching): the other
-- members with a BSN of every household the person is a member of, of households linked to those on purpose, and
-- of households that share a member with them (a child of parents who live apart). Only fingerprints and the
-- household the relation runs through; nothing about why. Each branch starts from the BSN-fingerprint index.

create view family_relative as
    select self.bsn_fingerprint as person_fingerprint, relative.bsn_fingerprint as relative_fingerprint,
           relative.household_id
      from member self
      join member relative on relative.household_id = self.household_id and relative.removed_at is null
                          and relative.bsn_fingerprint is not null and relative.bsn_fingerprint <> self.bsn_fingerprint
     where self.removed_at is null and self.bsn_fingerprint is not null
    union all
    select self.bsn_fingerprint, relative.bsn_fingerprint, relative.household_id
      from member self
      join household_link l on l.household_id = self.household_id and l.ended_at is null
      join member relative on relative.household_id = l.other_household_id and relative.removed_at is null
                          and relative.bsn_fingerprint is not null and relative.bsn_fingerprint <> self.bsn_fingerprint
     where self.removed_at is null and self.bsn_fingerprint is not null
    union all
    select self.bsn_fingerprint, relative.bsn_fingerprint, relative.household_id
      from member self
      join household_link l on l.other_household_id = self.household_id and l.ended_at is null
      join member relative on relative.household_id = l.household_id and relative.removed_at is null
                          and relative.bsn_fingerprint is not null and relative.bsn_fingerprint <> self.bsn_fingerprint
     where self.removed_at is null and self.bsn_fingerprint is not null
    union all
    select self.bsn_fingerprint, relative.bsn_fingerprint, relative.household_id
      from member self
      join member shared on shared.household_id = self.household_id and shared.removed_at is null
                        and shared.bsn_fingerprint is not null
      join member elsewhere on elsewhere.bsn_fingerprint = shared.bsn_fingerprint and elsewhere.removed_at is null
                           and elsewhere.household_id <> self.household_id
      join member relative on relative.household_id = elsewhere.household_id and relative.removed_at is null
                          and relative.bsn_fingerprint is not null and relative.bsn_fingerprint <> self.bsn_fingerprint
                          and relative.bsn_fingerprint <> shared.bsn_fingerprint
     where self.removed_at is null and self.bsn_fingerprint is not null;
