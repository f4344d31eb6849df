package nl.kernteam.network;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import nl.kernteam.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class NoteRepository {

	private final JdbcClient jdbc;

	NoteRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean exists(UUID household, UUID id) {
		return jdbc.sql("select exists (select 1 from note where id = :id and household_id = :household)")
			.param("id", id)
			.param("household", household)
			.query(Boolean.class)
			.single();
	}

	/**
	 * @return false when a note with this id exists already (a repeated submit)
	 */
	boolean insert(UUID id, UUID household, Actor author, AddNote note, Instant now) {
		return jdbc
			.sql("""
					insert into note (id, household_id, author_id, organisation_id, kind, occurred_on, present, text, created_at,
					                  audience)
					values (:id, :household, :author, :organisation, :kind, :occurredOn,
					        cast(:present as text[]), :text, :now, :audience)
					on conflict (id) do nothing
					""")
			.param("id", id)
			.param("household", household)
			.param("author", author.professionalId())
			.param("organisation", author.organisationId())
			.param("kind", note.kind().name())
			.param("occurredOn", note.occurredOn())
			.param("present", note.present().toArray(String[]::new))
			.param("text", note.text().trim())
			.param("now", Timestamp.from(now))
			.param("audience", note.audience().name())
			.update() == 1;
	}

}
