package nl.kernteam.portal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import nl.kernteam.shared.FamilyMember;
import nl.kernteam.shared.Reads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the family adds as itself (views, "ik ben gehoord", messages) in portal's own
 * tables; whether an item is of the member's household from the assessment's and the
 * plan's published views.
 */
@Repository
class FamilyVoiceRepository {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	FamilyVoiceRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * The date of the item when it is of this household: an assessment's date, a key
	 * decision's assessment date, a plan version's freezing day, an evaluation's held day
	 * (empty while it was not held); empty when the item is not of this household.
	 */
	Optional<LocalDate> dateOf(UUID household, About about) {
		if (about.kind() == AboutKind.PLAN_VERSION) {
			Integer number = number(about.id());
			return jdbc.sql("""
					select (frozen_at at time zone 'Europe/Amsterdam')::date from plan_frozen_version
					 where number = :number and household_id = :household
					""")
				.param("number", number == null ? -1 : number)
				.param("household", household)
				.query(LocalDate.class)
				.optional();
		}
		UUID id = uuid(about.id());
		if (id == null) {
			return Optional.empty();
		}
		var statement = switch (about.kind()) {
			case ASSESSMENT ->
				jdbc.sql("select assessed_on from assessment_meeting where id = :id and household_id = :household");
			case KEY_DECISION -> jdbc.sql("""
					select a.assessed_on from key_decision d join assessment_meeting a on a.id = d.assessment_id
					 where d.id = :id and d.household_id = :household
					""");
			default -> jdbc
				.sql("""
						select held_on from plan_meeting where id = :id and household_id = :household and held_on is not null
						""");
		};
		return statement.param("id", id).param("household", household).query(LocalDate.class).optional();
	}

	void insertView(UUID id, FamilyMember member, About about, FamilyPosition position, String words, Instant now) {
		jdbc.sql("""
				insert into portal_family_view (id, household_id, about_kind, about_id, position, words, account_id,
				                                member_id, author_name, recorded_at)
				values (:id, :household, :kind, :about, :position, :words, :account, :member, :name, :now)
				""")
			.param("id", id)
			.param("household", member.householdId())
			.param("kind", about.kind().name())
			.param("about", about.id().trim())
			.param("position", position.name())
			.param("words", blankToNull(words))
			.param("account", member.accountId())
			.param("member", member.memberId())
			.param("name", member.name())
			.param("now", Timestamp.from(now))
			.update();
	}

	/** The views on one item, newest first: the history stays. */
	List<FamilyView> views(UUID household, About about) {
		return jdbc.sql("""
				select author_name, position, words, recorded_at from portal_family_view
				 where household_id = :household and about_kind = :kind and about_id = :about
				 order by recorded_at desc, id
				""")
			.param("household", household)
			.param("kind", about.kind().name())
			.param("about", about.id().trim())
			.query((rs, n) -> new FamilyView(rs.getString("author_name"),
					FamilyPosition.valueOf(rs.getString("position")), rs.getString("words"),
					rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	void insertHeard(UUID id, FamilyMember member, About about, int score, String words, Instant now) {
		jdbc.sql("""
				insert into portal_heard (id, household_id, about_kind, about_id, score, words, account_id, member_id,
				                          author_name, recorded_at)
				values (:id, :household, :kind, :about, :score, :words, :account, :member, :name, :now)
				""")
			.param("id", id)
			.param("household", member.householdId())
			.param("kind", about.kind().name())
			.param("about", uuid(about.id()))
			.param("score", score)
			.param("words", blankToNull(words))
			.param("account", member.accountId())
			.param("member", member.memberId())
			.param("name", member.name())
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * What the family wrote as itself, for the core team, in one statement (issue 19):
	 * its messages (newest first, at most 100) and how heard it felt (newest first, at
	 * most 20).
	 */
	Supplier<ForTeam> forTeam(UUID household, Reads reads) {
		var document = reads.sql("""
				select json_build_object(
				    'messages', (select coalesce(json_agg(json_build_object('id', m.id, 'text', m.text,
				                        'author', m.author_name, 'fromFamily', m.professional_id is null,
				                        'at', to_char(m.sent_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
				                        order by m.sent_at desc, m.id), '[]')
				                   from (select * from portal_message where household_id = :household
				                          order by sent_at desc, id limit 100) m),
				    'heard', (select coalesce(json_agg(json_build_object('author', h.author_name, 'about', h.about_kind,
				                     'score', h.score, 'words', h.words,
				                     'at', to_char(h.recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
				                     order by h.recorded_at desc), '[]')
				                from (select * from portal_heard where household_id = :household
				                       order by recorded_at desc limit 20) h))
				""").param("household", household).single((rs, row) -> rs.getString(1));
		return () -> json.readValue(document.get(), ForTeam.class);
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	static UUID uuid(String id) {
		try {
			return UUID.fromString(id.trim());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static Integer number(String id) {
		try {
			return Integer.valueOf(id.trim());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/** A family member's view, as the family and the professionals see it. */
	record FamilyView(String author, FamilyPosition position, String words, Instant at) {
	}

	/** An answer to "ik ben gehoord". */
	record Heard(String author, AboutKind about, int score, String words, Instant at) {
	}

	/** The family's messages and how heard it felt, for the core team. */
	record ForTeam(List<FamilyMessageRepository.Message> messages, List<Heard> heard) {
	}

}
