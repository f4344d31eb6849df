package nl.kernteam.household;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.kernteam.shared.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The household's own rows of a file being destroyed, and the record of destruction that
 * stays.
 */
@Repository
class DestructionRepository {

	private static final TypeReference<Map<String, Integer>> COUNTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	DestructionRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Closed households whose retention period ended before {@code today}, oldest first.
	 */
	List<UUID> due(LocalDate today, int limit) {
		return jdbc.sql("""
				select household_id from household_closure
				 where reopened_at is null and retention_until < :today
				 order by retention_until, household_id
				 limit :limit
				""").param("today", today).param("limit", limit).query(UUID.class).list();
	}

	/**
	 * Locks the household against a second destruction running at the same time and
	 * returns its closure, when it is closed; empty for an open household or one
	 * destroyed already.
	 */
	Optional<Closed> lockClosed(UUID household) {
		var exists = jdbc.sql("select id from household where id = :h for update")
			.param("h", household)
			.query(UUID.class)
			.optional();
		if (exists.isEmpty()) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select closed_at, retention_until from household_closure
				 where household_id = :h and reopened_at is null
				""")
			.param("h", household)
			.query((rs, n) -> new Closed(rs.getTimestamp("closed_at").toInstant(),
					rs.getObject("retention_until", LocalDate.class)))
			.optional();
	}

	record Closed(Instant closedAt, LocalDate retentionUntil) {
	}

	Set<UUID> memberIds(UUID household) {
		return new HashSet<>(jdbc.sql("select id from member where household_id = :h")
			.param("h", household)
			.query(UUID.class)
			.list());
	}

	/**
	 * The BSN fingerprints of the household's members who are a member of no other
	 * household.
	 */
	Set<String> fingerprintsOnlyHere(UUID household) {
		return new HashSet<>(jdbc.sql("""
				select distinct m.bsn_fingerprint from member m
				 where m.household_id = :h and m.bsn_fingerprint is not null
				   and not exists (select 1 from member o
				                    where o.bsn_fingerprint = m.bsn_fingerprint and o.household_id <> :h)
				""").param("h", household).query(String.class).list());
	}

	/** Deletes the household's own rows, the household row last, and counts them. */
	void deleteOwn(UUID household, HouseholdDestructionDue counts) {
		counts.destroyed("life_domain_score", jdbc.sql("""
				delete from life_domain_score
				 where check_id in (select id from life_domain_check where household_id = :h)
				""").param("h", household).update());
		counts.destroyed("life_domain_check",
				jdbc.sql("delete from life_domain_check where household_id = :h").param("h", household).update());
		counts.destroyed("member_theme",
				jdbc.sql("delete from member_theme where household_id = :h").param("h", household).update());
		counts.destroyed("member_relation",
				jdbc.sql("delete from member_relation where household_id = :h").param("h", household).update());
		counts.destroyed("household_link",
				jdbc.sql("delete from household_link where household_id = :h or other_household_id = :h")
					.param("h", household)
					.update());
		counts.destroyed("household_closure",
				jdbc.sql("delete from household_closure where household_id = :h").param("h", household).update());
		counts.destroyed("member",
				jdbc.sql("delete from member where household_id = :h").param("h", household).update());
		counts.destroyed("household", jdbc.sql("delete from household where id = :h").param("h", household).update());
	}

	void record(UUID household, Instant at, String grounds, Closed closed, UUID by, UUID organisation, String reason,
			Map<String, Integer> rows) {
		jdbc.sql(
				"""
						insert into household_destruction (household_id, destroyed_at, grounds, retention_until, closed_at,
						                                   destroyed_by, organisation_id, reason, rows)
						values (:h, :at, :grounds, :retentionUntil, :closedAt, :by, :organisation, :reason, cast(:rows as jsonb))
						""")
			.param("h", household)
			.param("at", Timestamp.from(at))
			.param("grounds", grounds)
			.param("retentionUntil", closed.retentionUntil())
			.param("closedAt", Timestamp.from(closed.closedAt()))
			.param("by", by)
			.param("organisation", organisation)
			.param("reason", reason)
			.param("rows", json.writeValueAsString(rows))
			.update();
	}

	/**
	 * The record of destruction, newest first. It is kept and grows by every file whose
	 * retention ends, so it is counted in its index up to one more than
	 * {@link PageOf#COUNT_CAP} (issue 19), not in full for every page.
	 */
	PageOf<HouseholdDestruction> page(PageOf.Request page) {
		return PageOf.counted(page,
				request -> jdbc.sql("""
						select d.household_id, d.destroyed_at, d.grounds, d.retention_until, d.closed_at,
						       p.name as destroyed_by_name, d.reason, d.rows::text as rows,
						       (select count(*) from (select 1 from household_destruction c
						                               order by c.destroyed_at desc limit :countUpTo) counted) as total
						  from household_destruction d left join professional_profile p on p.id = d.destroyed_by
						 order by d.destroyed_at desc, d.household_id
						 limit :limit offset :offset
						""")
					.param("countUpTo", PageOf.COUNT_UP_TO)
					.param("limit", request.size())
					.param("offset", request.offset())
					.query((rs, n) -> new PageOf.Counted<>(new HouseholdDestruction(
							rs.getObject("household_id", UUID.class), rs.getTimestamp("destroyed_at").toInstant(),
							HouseholdDestruction.Grounds.valueOf(rs.getString("grounds")),
							rs.getObject("retention_until", LocalDate.class),
							rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toInstant(),
							rs.getString("destroyed_by_name"), rs.getString("reason"),
							json.readValue(rs.getString("rows"), COUNTS)), rs.getLong("total")))
					.list());
	}

}
