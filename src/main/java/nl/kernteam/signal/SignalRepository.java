package nl.kernteam.signal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.kernteam.shared.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Saves signals and lists an organisation's own. */
@Repository
class SignalRepository {

	private final JdbcClient jdbc;

	SignalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Who registered each of these signals, on whom, and whether it has ended (or its
	 * active period is over); ids of no signal are left out.
	 */
	Map<UUID, Registration> registrations(Collection<UUID> ids, Instant activeSince) {
		var found = new HashMap<UUID, Registration>();
		jdbc.sql(
				"""
						select id, professional_id, person_fingerprint, ended_at is not null or registered_at <= :activeSince as ended
						  from signal where id = any (cast(:ids as uuid[]))
						""")
			.param("ids", ids.stream().map(UUID::toString).toArray(String[]::new))
			.param("activeSince", Timestamp.from(activeSince))
			.query(rs -> {
				found.put(rs.getObject("id", UUID.class), new Registration(rs.getObject("professional_id", UUID.class),
						rs.getString("person_fingerprint"), rs.getBoolean("ended")));
			});
		return found;
	}

	/** Who registered a signal, its person's fingerprint, and whether it has ended. */
	record Registration(UUID professionalId, String fingerprint, boolean ended) {
	}

	Optional<UUID> organisationOf(UUID id) {
		return jdbc.sql("select organisation_id from signal where id = :id")
			.param("id", id)
			.query(UUID.class)
			.optional();
	}

	/**
	 * @return false when the signal is not an active signal of this organisation
	 */
	boolean withdraw(UUID id, UUID organisationId, UUID by, Instant now) {
		return jdbc
			.sql("""
					update signal set ended_at = :now, end_reason = 'WITHDRAWN', ended_by = :by, hint = null, birth_date = null
					 where id = :id and organisation_id = :organisation and ended_at is null
					""")
			.param("id", id)
			.param("organisation", organisationId)
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	Optional<Instant> endedAt(UUID id) {
		return jdbc.sql("select ended_at from signal where id = :id")
			.param("id", id)
			.query((rs, row) -> rs.getTimestamp("ended_at"))
			.optional()
			.map(Timestamp::toInstant);
	}

	/**
	 * The organisation's active signals, newest first; one indexed query. An organisation
	 * may hold a million: they are counted up to one more than {@link PageOf#COUNT_CAP},
	 * in the index the page is read from, so a page costs the same for 20 and a million.
	 * The count's {@code order by} keeps it an index scan that stops at the cap: without
	 * it the generic plan was a bitmap scan of the organisation's whole range (1 s for
	 * 1.35 million signals).
	 */
	PageOf<SignalSummary> activeOfOrganisation(UUID organisationId, SignalSettings settings, Instant now,
			PageOf.Request page) {
		return PageOf.counted(page,
				request -> jdbc
					.sql("""
							select s.id, s.hint, s.identified_by, s.professional_id, p.name, s.registered_at,
							       (select count(*) from (select 1 from signal c
							         where c.organisation_id = :organisation and c.ended_at is null and c.registered_at > :activeSince
							           and (c.birth_date is null or c.birth_date > :bornOnOrBefore)
							         order by c.registered_at desc limit :countUpTo) counted) as total
							  from signal s join professional_profile p on p.id = s.professional_id
							 where s.organisation_id = :organisation and s.ended_at is null and s.registered_at > :activeSince
							   and (s.birth_date is null or s.birth_date > :bornOnOrBefore)
							 order by s.registered_at desc, s.id
							 limit :limit offset :offset
							""")
					.param("countUpTo", PageOf.COUNT_UP_TO)
					.param("organisation", organisationId)
					.param("activeSince", Timestamp.from(settings.activeSince(now)))
					.param("bornOnOrBefore", settings.bornOnOrBefore(now))
					.param("limit", request.size())
					.param("offset", request.offset())
					.query((rs, row) -> {
						Instant registered = rs.getTimestamp("registered_at").toInstant();
						return new PageOf.Counted<>(
								new SignalSummary(rs.getObject("id", UUID.class), rs.getString("hint"),
										rs.getString("identified_by"), rs.getObject("professional_id", UUID.class),
										rs.getString("name"), registered, settings.activeUntil(registered)),
								rs.getLong("total"));
					})
					.list());
	}

	/**
	 * Ends active signals registered on or before {@code activeSince}, wiping what the
	 * archive does not need. Rows are locked in id order, as a batch of registrations
	 * locks the expired signals it ends, so the job and a batch cannot wait for each
	 * other.
	 */
	int endExpired(Instant now, Instant activeSince) {
		return jdbc.sql("""
				update signal set ended_at = :now, end_reason = 'EXPIRED', hint = null, birth_date = null
				 where id in (select id from signal where ended_at is null and registered_at <= :activeSince
				               order by id for update)
				""").param("now", Timestamp.from(now)).param("activeSince", Timestamp.from(activeSince)).update();
	}

	/**
	 * At the age limit a signal is removed outright, not archived (as the Verwijsindex
	 * does at 23).
	 */
	int removeAtAgeLimit(LocalDate bornOnOrBefore) {
		return jdbc.sql("""
				delete from signal
				 where id in (select id from signal
				               where ended_at is null and birth_date is not null and birth_date <= :bornOnOrBefore
				               order by id for update)
				""").param("bornOnOrBefore", bornOnOrBefore).update();
	}

	int deleteArchived(Instant archivedBefore) {
		return jdbc.sql("delete from signal where ended_at is not null and ended_at <= :archivedBefore")
			.param("archivedBefore", Timestamp.from(archivedBefore))
			.update();
	}

}
