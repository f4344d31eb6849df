package nl.kernteam.network;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class NetworkRepository {

	private final JdbcClient jdbc;

	NetworkRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void startProfessionalInvolvement(UUID id, UUID household, UUID professional, UUID organisation,
			InvolvementRole role, String reason, UUID startedBy, Instant at) {
		jdbc.sql("""
				insert into involvement (id, household_id, professional_id, organisation_id, role, reason, started_at, started_by)
				values (:id, :household, :professional, :organisation, :role, :reason, :at, :startedBy)
				""")
			.param("id", id)
			.param("household", household)
			.param("professional", professional)
			.param("organisation", organisation)
			.param("role", role.name())
			.param("reason", reason)
			.param("at", Timestamp.from(at))
			.param("startedBy", startedBy)
			.update();
	}

	Optional<UUID> currentInvolvement(UUID household, UUID professional) {
		return jdbc.sql("""
				select id from involvement
				 where household_id = :household and professional_id = :professional and ended_at is null
				""")
			.param("household", household)
			.param("professional", professional)
			.query(UUID.class)
			.optional();
	}

	void appointContactPerson(UUID household, UUID professional, String reason, UUID by, Instant at) {
		jdbc.sql("""
				insert into contact_person (id, household_id, professional_id, reason, started_at, started_by)
				values (:id, :household, :professional, :reason, :at, :by)
				""")
			.param("id", UUID.randomUUID())
			.param("household", household)
			.param("professional", professional)
			.param("reason", reason)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.update();
	}
}
