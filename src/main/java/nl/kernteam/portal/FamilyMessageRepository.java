package nl.kernteam.portal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Messages between the family and its contact person. */
@Repository
class FamilyMessageRepository {

	private final JdbcClient jdbc;

	FamilyMessageRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The household's contact person now. */
	Optional<UUID> contactPerson(UUID household) {
		return jdbc.sql("select professional_id from current_contact_person where household_id = :household")
			.param("household", household)
			.query(UUID.class)
			.optional();
	}

	void insert(UUID id, UUID household, String text, UUID account, UUID professional, String authorName, Instant now) {
		jdbc.sql("""
				insert into portal_message (id, household_id, text, account_id, professional_id, author_name, sent_at)
				values (:id, :household, :text, :account, :professional, :name, :now)
				""")
			.param("id", id)
			.param("household", household)
			.param("text", text.trim())
			.param("account", account)
			.param("professional", professional)
			.param("name", authorName)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** The household's messages, newest first. */
	List<Message> forHousehold(UUID household) {
		return jdbc.sql("""
				select id, text, author_name, professional_id is null as from_family, sent_at from portal_message
				 where household_id = :household order by sent_at desc, id limit 100
				""")
			.param("household", household)
			.query((rs, n) -> new Message(rs.getObject("id", UUID.class), rs.getString("text"),
					rs.getString("author_name"), rs.getBoolean("from_family"), rs.getTimestamp("sent_at").toInstant()))
			.list();
	}

	/**
	 * A message between the family and the professionals.
	 *
	 * @param fromFamily written by a family member; else an answer by a professional
	 */
	record Message(UUID id, String text, String author, boolean fromFamily, Instant at) {
	}

}
