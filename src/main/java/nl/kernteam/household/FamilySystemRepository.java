package nl.kernteam.household;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Households linked into one family system: links made on purpose, and members shared by two households (the
 * same BSN fingerprint: a child of parents who live apart).
 */
@Repository
class FamilySystemRepository {

	/** A family system larger than this is a data error, not a family; the walk stops there. */
	static final int MAX_HOUSEHOLDS = 25;

	private final JdbcClient jdbc;

	FamilySystemRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return false when a link with this id exists already, or the two households are linked already */
	boolean link(UUID id, UUID household, LinkHouseholds link, UUID by, Instant now) {
		return jdbc.sql("""
				insert into household_link (id, household_id, other_household_id, kind, reason, created_at, created_by)
				values (:id, :household, :other, :kind, :reason, :now, :by)
				on conflict do nothing
				""")
			.param("id", id)
			.param("household", household)
			.param("other", link.otherHouseholdId())
			.param("kind", link.kind().name())
			.param("reason", link.reason().trim())
			.param("now", Timestamp.from(now))
			.param("by", by)
			.update() == 1;
	}

	boolean linked(UUID household, UUID other) {
		return jdbc.sql("""
				select exists (select 1 from household_link
				                where least(household_id, other_household_id) = least(cast(:a as uuid), cast(:b as uuid))
				                  and greatest(household_id, other_household_id) = greatest(cast(:a as uuid), cast(:b as uuid))
				                  and ended_at is null)
				""")
			.param("a", household)
			.param("b", other)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The connections of the family system that {@code household} belongs to, walked breadth-first over links and
	 * shared members in one recursive query; each step uses the link indexes and the BSN-fingerprint index.
	 */
	List<FamilySystem.Connection> connections(UUID household) {
		return jdbc.sql("""
				with recursive walk (household_id, other_household_id, kind, depth) as (
				    select cast(:household as uuid), cast(:household as uuid), 'SELF', 0
				    union
				    select step.household_id, step.other_household_id, step.kind, w.depth + 1
				      from walk w
				      cross join lateral (
				          select l.household_id, l.other_household_id, l.kind from household_link l
				           where l.household_id = w.other_household_id and l.ended_at is null
				          union all
				          select l.household_id, l.other_household_id, l.kind from household_link l
				           where l.other_household_id = w.other_household_id and l.ended_at is null
				          union all
				          select distinct mine.household_id, theirs.household_id, 'SHARED_MEMBER'
				            from member mine
				            join member theirs on theirs.bsn_fingerprint = mine.bsn_fingerprint
				                              and theirs.household_id <> mine.household_id and theirs.removed_at is null
				           where mine.household_id = w.other_household_id and mine.removed_at is null
				             and mine.bsn_fingerprint is not null) step
				     where w.depth < :maxDepth
				)
				select distinct household_id, other_household_id, kind from walk where kind <> 'SELF'
				""")
			.param("household", household)
			.param("maxDepth", 4)
			.query((rs, row) -> new FamilySystem.Connection(rs.getObject("household_id", UUID.class),
					rs.getObject("other_household_id", UUID.class), rs.getString("kind")))
			.list();
	}

	/** The households with their contact person and whether the professional may see them, in one query. */
	List<FamilySystem.Household> households(List<UUID> ids, UUID professional) {
		return jdbc.sql("""
				select h.id, h.name, p.name as contact_name, o.name as contact_organisation,
				       exists (select 1 from household_visibility v
				                where v.household_id = h.id and v.professional_id = :me) as visible
				  from unnest(:ids) with ordinality as wanted (id, position)
				  join household h on h.id = wanted.id
				  left join contact_person c on c.household_id = h.id and c.ended_at is null
				  left join professional p on p.id = c.professional_id
				  left join organisation o on o.id = p.organisation_id
				 order by wanted.position
				""")
			.param("ids", ids.toArray(UUID[]::new))
			.param("me", professional)
			.query((rs, row) -> new FamilySystem.Household(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("contact_name") == null ? null
							: new FamilySystem.ContactPerson(rs.getString("contact_name"), rs.getString("contact_organisation")),
					rs.getBoolean("visible"), List.of()))
			.list();
	}
}
