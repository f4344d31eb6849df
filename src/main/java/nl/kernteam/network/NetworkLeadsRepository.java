package nl.kernteam.network;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import nl.kernteam.shared.Reads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who leads a household's network at a moment, in one statement (issue 19): the contact
 * person and the explicitly appointed director (as
 * {@link NetworkRepository#contactPerson} and {@link NetworkRepository#director} read
 * them one by one), and the number of handovers so far: every contact person after the
 * first who is not the one before (closing and reopening with the same person hands
 * nothing over).
 */
@Repository
class NetworkLeadsRepository {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	NetworkLeadsRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * @param contactPerson {@code null} without one at that moment
	 * @param director the appointed director, {@code null} when the contact person
	 * directs
	 */
	record Leads(PersonRef contactPerson, PersonRef director, int handovers) {
	}

	/** The leads, read with other reads. */
	Supplier<Leads> leads(UUID household, Instant at, Reads reads) {
		return reads
			.sql("""
					select (select json_build_object('professionalId', p.id, 'name', p.name, 'organisationName', o.name,
					               'organisationType', o.type, 'phone', p.phone, 'email', p.email,
					               'since', to_char(t.started_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
					          from contact_person t join professional_profile p on p.id = t.professional_id
					          left join organisation_profile o on o.id = p.organisation_id
					         where t.household_id = :household and t.started_at <= :at and (t.ended_at is null or t.ended_at > :at)
					         order by t.started_at desc limit 1) as contact_person,
					       (select json_build_object('professionalId', p.id, 'name', p.name, 'organisationName', o.name,
					               'organisationType', o.type, 'phone', p.phone, 'email', p.email,
					               'since', to_char(t.started_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
					          from director t join professional_profile p on p.id = t.professional_id
					          left join organisation_profile o on o.id = p.organisation_id
					         where t.household_id = :household and t.started_at <= :at and (t.ended_at is null or t.ended_at > :at)
					         order by t.started_at desc limit 1) as director,
					       (select count(*) from (
					            select professional_id, lag(professional_id) over (order by started_at, id) as previous
					              from contact_person where household_id = :household) c
					         where c.previous is not null and c.previous <> c.professional_id) as handovers
					""")
			.param("household", household)
			.param("at", Timestamp.from(at))
			.single((rs, row) -> new Leads(person(rs.getString("contact_person")), person(rs.getString("director")),
					rs.getInt("handovers")));
	}

	private PersonRef person(String document) {
		return document == null ? null : json.readValue(document, PersonRef.class);
	}

}
