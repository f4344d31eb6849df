package nl.kernteam.learning;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reflections and intervision sessions, and the dates the team lead reads from them. */
@Repository
class ReflectionRepository {

	private final JdbcClient jdbc;

	ReflectionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, UUID household, UUID author, UUID organisation, Reflect reflection, Instant at) {
		jdbc.sql(
				"""
						insert into reflection (id, household_id, author_id, organisation_id, by_core_team, private, reflected_on, created_at)
						values (:id, :household, :author, :organisation, :coreTeam, :private, :on, :at)
						""")
			.param("id", id)
			.param("household", household)
			.param("author", author)
			.param("organisation", organisation)
			.param("coreTeam", reflection.byCoreTeam())
			.param("private", reflection.isPrivate())
			.param("on", reflection.reflectedOn())
			.param("at", Timestamp.from(at))
			.update();
		reflection.principles()
			.forEach((principle, note) -> jdbc.sql(
					"insert into reflection_principle (reflection_id, principle, note) values (:id, :principle, :note)")
				.param("id", id)
				.param("principle", principle.name())
				.param("note", note.strip())
				.update());
	}

	/**
	 * The household's reflections the reader may see: their own, and those not private.
	 */
	List<Reflection> visible(UUID household, UUID reader) {
		Map<UUID, Reflection> result = new LinkedHashMap<>();
		jdbc.sql("""
				select r.id, r.reflected_on, a.name, r.by_core_team, r.private, p.principle, p.note
				  from reflection r join professional_profile a on a.id = r.author_id
				  join reflection_principle p on p.reflection_id = r.id
				 where r.household_id = :household and (r.author_id = :reader or not r.private)
				 order by r.reflected_on desc, r.created_at desc, r.id
				""").param("household", household).param("reader", reader).query(rs -> {
			UUID id = rs.getObject("id", UUID.class);
			result
				.computeIfAbsent(id, key -> new Reflection(id, readDate(rs, "reflected_on"), readString(rs, "name"),
						readBoolean(rs, "by_core_team"), readBoolean(rs, "private"), new EnumMap<>(Principle.class)))
				.principles()
				.put(Principle.valueOf(rs.getString("principle")), rs.getString("note"));
		});
		return List.copyOf(result.values());
	}

	void insertIntervision(UUID id, UUID organisation, LocalDate heldOn, UUID by, Instant at, List<UUID> attendees,
			List<String> cases) {
		jdbc.sql("""
				insert into intervision (id, organisation_id, held_on, recorded_by, created_at)
				values (:id, :organisation, :heldOn, :by, :at)
				""")
			.param("id", id)
			.param("organisation", organisation)
			.param("heldOn", heldOn)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
		attendees.stream()
			.distinct()
			.forEach(p -> jdbc
				.sql("insert into intervision_attendee (intervision_id, professional_id) values (:id, :professional)")
				.param("id", id)
				.param("professional", p)
				.update());
		for (int i = 0; i < cases.size(); i++) {
			jdbc.sql("insert into intervision_case (intervision_id, position, label) values (:id, :position, :label)")
				.param("id", id)
				.param("position", i + 1)
				.param("label", cases.get(i))
				.update();
		}
	}

	/** How many of these professionals work for the organisation. */
	int colleagues(UUID organisation, List<UUID> professionals) {
		return jdbc.sql("""
				select count(*) from professional_profile where organisation_id = :organisation and id = any(:ids)
				""")
			.param("organisation", organisation)
			.param("ids", professionals.stream().distinct().toArray(UUID[]::new))
			.query(Integer.class)
			.single();
	}

	/** When the team last met for intervision, or {@code null}. */
	LocalDate lastIntervision(UUID organisation) {
		return jdbc
			.sql("select held_on from intervision where organisation_id = :organisation order by held_on desc limit 1")
			.param("organisation", organisation)
			.query(LocalDate.class)
			.optional()
			.orElse(null);
	}

	/**
	 * Each active professional of the organisation with the day they last reflected (any
	 * reflection, private too: only its date) and last attended intervision.
	 */
	List<Rhythm.Member> members(UUID organisation) {
		return jdbc.sql("""
				select p.id, p.name,
				       (select max(r.reflected_on) from reflection r where r.author_id = p.id) as reflected,
				       (select max(i.held_on) from intervision i join intervision_attendee a on a.intervision_id = i.id
				         where a.professional_id = p.id) as attended
				  from professional_profile p
				 where p.organisation_id = :organisation and p.active
				 order by lower(p.name)
				""")
			.param("organisation", organisation)
			.query((rs, row) -> new Rhythm.Member(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getObject("reflected", LocalDate.class), rs.getObject("attended", LocalDate.class), false,
					false))
			.list();
	}

	private static LocalDate readDate(java.sql.ResultSet rs, String column) {
		try {
			return rs.getObject(column, LocalDate.class);
		}
		catch (java.sql.SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String readString(java.sql.ResultSet rs, String column) {
		try {
			return rs.getString(column);
		}
		catch (java.sql.SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private static boolean readBoolean(java.sql.ResultSet rs, String column) {
		try {
			return rs.getBoolean(column);
		}
		catch (java.sql.SQLException e) {
			throw new IllegalStateException(e);
		}
	}

}
