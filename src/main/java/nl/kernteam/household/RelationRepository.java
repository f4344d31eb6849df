package nl.kernteam.household;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Relations between members and the life-domain checks of a household. */
@Repository
class RelationRepository {

	private final JdbcClient jdbc;

	RelationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The current members of the household among these ids, with their birth dates. */
	Map<UUID, LocalDate> birthDates(UUID household, List<UUID> members) {
		return jdbc.sql("""
				select id, birth_date from member
				 where household_id = :household and removed_at is null and id = any(:ids)
				""")
			.param("household", household)
			.param("ids", members.toArray(UUID[]::new))
			.query((rs, row) -> Map.entry(rs.getObject("id", UUID.class), rs.getObject("birth_date", LocalDate.class)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	boolean isYouthProtectionAgency(UUID organisation) {
		return jdbc.sql(
				"select exists (select 1 from organisation_profile where id = :id and type = 'YOUTH_PROTECTION_AGENCY')")
			.param("id", organisation)
			.query(Boolean.class)
			.single();
	}

	/**
	 * @return false when a relation with this id exists already, or the same relation is
	 * current already
	 */
	boolean insert(UUID id, UUID household, AddRelation relation, UUID by, Instant now) {
		return jdbc.sql("""
				insert into member_relation (id, household_id, from_member_id, guardian_organisation_id, to_member_id,
				                             kind, parental_authority, authority_since, created_at, created_by)
				values (:id, :household, :from, :agency, :to, :kind, :authority, :since, :now, :by)
				on conflict do nothing
				""")
			.param("id", id)
			.param("household", household)
			.param("from", relation.fromMemberId())
			.param("agency", relation.guardianOrganisationId())
			.param("to", relation.toMemberId())
			.param("kind", relation.kind().name())
			.param("authority", relation.parentalAuthority())
			.param("since", relation.authoritySince())
			.param("now", Timestamp.from(now))
			.param("by", by)
			.update() == 1;
	}

	/**
	 * The household of an existing relation with this id, if any (for a repeated submit).
	 */
	Optional<UUID> householdOf(UUID relation) {
		return jdbc.sql("select household_id from member_relation where id = :id")
			.param("id", relation)
			.query(UUID.class)
			.optional();
	}

	/**
	 * The current relation of this household between the same two (member or agency) of
	 * the same kind.
	 */
	Optional<UUID> currentId(UUID household, AddRelation relation) {
		return jdbc
			.sql("""
					select id from member_relation
					 where household_id = :household and ended_at is null and to_member_id = :to and kind = :kind
					   and coalesce(from_member_id, guardian_organisation_id) = coalesce(cast(:from as uuid), cast(:agency as uuid))
					""")
			.param("household", household)
			.param("to", relation.toMemberId())
			.param("kind", relation.kind().name())
			.param("from", relation.fromMemberId())
			.param("agency", relation.guardianOrganisationId())
			.query(UUID.class)
			.optional();
	}

	/**
	 * @return false when the relation is not a current relation of this household
	 */
	boolean end(UUID household, UUID relation, UUID by, Instant now) {
		return jdbc.sql("""
				update member_relation set ended_at = :now, ended_by = :by
				 where id = :id and household_id = :household and ended_at is null
				""")
			.param("id", relation)
			.param("household", household)
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	List<RelationDetails> current(UUID household) {
		return jdbc.sql("""
				select r.id, r.from_member_id, r.guardian_organisation_id, r.to_member_id, r.kind, r.parental_authority,
				       r.authority_since, coalesce(f.given_name || ' ' || f.family_name, o.name) as from_name,
				       t.given_name || ' ' || t.family_name as to_name
				  from member_relation r
				  join member t on t.id = r.to_member_id
				  left join member f on f.id = r.from_member_id
				  left join organisation_profile o on o.id = r.guardian_organisation_id
				 where r.household_id = :household and r.ended_at is null
				   and t.removed_at is null and (f.id is null or f.removed_at is null)
				 order by t.position, r.kind, from_name
				""")
			.param("household", household)
			.query((rs, row) -> new RelationDetails(rs.getObject("id", UUID.class),
					rs.getObject("from_member_id", UUID.class), rs.getObject("guardian_organisation_id", UUID.class),
					rs.getString("from_name"), rs.getObject("to_member_id", UUID.class), rs.getString("to_name"),
					RelationKind.valueOf(rs.getString("kind")), rs.getBoolean("parental_authority"),
					rs.getObject("authority_since", LocalDate.class)))
			.list();
	}

}
