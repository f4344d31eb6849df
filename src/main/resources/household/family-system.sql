-- The family system of one household as one JSON document (household.FamilySystemRepository.load): the walk
-- over links and shared members, the households with their contact person and whether :me may see them, and the
-- members, relations and themes of the visible ones. bench/family-system.sh runs it under EXPLAIN.
with recursive walk (id, depth) as (
    select cast(:household as uuid), 0
    union
    select next.id, w.depth + 1
      from walk w
      cross join lateral (
          select l.other_household_id as id from household_link l
           where l.household_id = w.id and l.ended_at is null
          union all
          select l.household_id from household_link l
           where l.other_household_id = w.id and l.ended_at is null
          union all
          select theirs.household_id
            from member mine
            join member theirs on theirs.bsn_fingerprint = mine.bsn_fingerprint
                              and theirs.household_id <> mine.household_id and theirs.removed_at is null
           where mine.household_id = w.id and mine.removed_at is null
             and mine.bsn_fingerprint is not null) next
     where w.depth < :maxDepth
),
found as (
    select id, min(depth) as position from walk group by id order by min(depth), id limit :maxHouseholds
),
connection as (
    select l.household_id, l.other_household_id, l.kind
      from household_link l
     where l.household_id in (select id from found) and l.other_household_id in (select id from found)
       and l.ended_at is null
    union
    select least(mine.household_id, theirs.household_id), greatest(mine.household_id, theirs.household_id),
           'SHARED_MEMBER'
      from member mine
      join member theirs on theirs.bsn_fingerprint = mine.bsn_fingerprint
                        and theirs.household_id <> mine.household_id and theirs.removed_at is null
     where mine.household_id in (select id from found) and theirs.household_id in (select id from found)
       and mine.removed_at is null and mine.bsn_fingerprint is not null
),
shown as (
    select h.id, h.name, f.position, p.name as contact_name, o.name as contact_organisation,
           h.id = :household or v.household_id is not null as visible, coalesce(v.emergency, false) as emergency
      from found f
      join household h on h.id = f.id
      left join current_contact_person c on c.household_id = h.id
      left join professional_profile p on p.id = c.professional_id
      left join organisation_profile o on o.id = p.organisation_id
      -- seen only through emergency access: shown, and logged as such
      left join (select household_id, bool_and(emergency) as emergency from household_visibility_at(:now)
                  where professional_id = :me group by household_id) v on v.household_id = h.id
)
select json_build_object(
    'households', (select coalesce(json_agg(json_build_object('id', s.id, 'name', s.name, 'visible', s.visible, 'emergency', s.emergency,
                       'contactName', s.contact_name, 'contactOrganisation', s.contact_organisation)
                       order by s.position, s.id), '[]') from shown s),
    'connections', (select coalesce(json_agg(json_build_object('householdId', c.household_id,
                       'otherHouseholdId', c.other_household_id, 'kind', c.kind)), '[]')
                      from connection c),
    'members', (select coalesce(json_agg(json_build_object('householdId', m.household_id, 'id', m.id,
                       'person', coalesce(m.bsn_fingerprint, cast(m.id as text)), 'givenName', m.given_name,
                       'familyName', m.family_name, 'birthDate', m.birth_date, 'role', m.role,
                       'bsnEncrypted', m.bsn_encrypted, 'phone', m.phone, 'email', m.email,
                       'residence', m.residence, 'gender', m.gender) order by m.household_id, m.position, m.id), '[]')
                  from member m join shown s on s.id = m.household_id and s.visible
                 where m.removed_at is null),
    'relations', (select coalesce(json_agg(json_build_object('householdId', r.household_id, 'id', r.id,
                       'fromMemberId', r.from_member_id, 'guardianOrganisationId', r.guardian_organisation_id,
                       'agencyName', o.name, 'toMemberId', r.to_member_id, 'kind', r.kind,
                       'parentalAuthority', r.parental_authority, 'authoritySince', r.authority_since)), '[]')
                    from member_relation r
                    join shown s on s.id = r.household_id and s.visible
                    left join organisation_profile o on o.id = r.guardian_organisation_id
                   where r.ended_at is null),
    'themes', (select coalesce(json_agg(json_build_object('memberId', t.member_id, 'theme', t.theme)
                       order by t.member_id, t.theme), '[]')
                 from member_theme t join shown s on s.id = t.household_id and s.visible
                where t.ended_at is null))
