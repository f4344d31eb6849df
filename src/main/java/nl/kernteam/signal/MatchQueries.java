package nl.kernteam.signal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.kernteam.shared.PageOf;
import nl.kernteam.signal.SignalMatch.ContactDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds matches in SQL. For each of "my" signals, the people to look for are the person
 * themself and, when the person is a current member of Kernteam households, their family
 * as the household module publishes it in the view {@code family_relative}: the other
 * members with a BSN of those households, of households linked to them, and of households
 * that share a member with them (parents who live apart); each is one lookup in the index
 * on {@code signal (person_fingerprint, organisation_id)}. So the cost of a lookup
 * depends on the size of the family, not on the number of signals in the region.
 */
@Repository
class MatchQueries {

	/**
	 * Every (my signal, other signal) pair, once per way it matches; the first %s is
	 * where "my" signals come from (the table, or the row a registration just inserted),
	 * the second selects them.
	 */
	static final String CANDIDATES_FROM = """
			select mine.id as signal_id, mine.hint, other.id as other_id, other.professional_id, t.kind, t.household_id,
			       p.name as professional_name, p.phone, p.email,
			       o.name as organisation_name, o.phone as organisation_phone, o.email as organisation_email,
			       greatest(mine.registered_at, other.registered_at) as since
			  from %s mine
			 cross join lateral (
			        select mine.person_fingerprint as fingerprint, 'PERSON' as kind, null::uuid as household_id
			        union all
			        select relative.relative_fingerprint, 'FAMILY', relative.household_id
			          from family_relative relative
			         where relative.person_fingerprint = mine.person_fingerprint
			       ) t
			  join signal other on other.person_fingerprint = t.fingerprint and other.ended_at is null
			                   and other.organisation_id <> mine.organisation_id
			                   and other.registered_at > :activeSince
			                   and (other.birth_date is null or other.birth_date > :bornOnOrBefore)
			  join professional_profile p on p.id = other.professional_id
			  join organisation_profile o on o.id = other.organisation_id
			 where %s
			   and mine.ended_at is null and mine.registered_at > :activeSince
			   and (mine.birth_date is null or mine.birth_date > :bornOnOrBefore)
			""";

	/**
	 * Every (my signal, other signal) pair, once per way it matches; %s selects "my"
	 * signals.
	 */
	static final String CANDIDATES = CANDIDATES_FROM.formatted("signal", "%s");

	/**
	 * One row per (my signal, other signal); a match on the person wins over one through
	 * the family.
	 */
	private static final String DISTINCT = """
			select distinct on (signal_id, other_id) * from (%s) candidates
			 order by signal_id, other_id, kind desc
			""";

	/** One page of a professional's matches, newest first, with the total. */
	static final String PAGE = """
			select m.*, count(*) over () as total from (%s) m
			 where m.since >= :from
			 order by m.since desc, m.other_id
			 limit :limit offset :offset
			""".formatted(DISTINCT.formatted(CANDIDATES.formatted("mine.professional_id = :professional")));

	/** Every way each of these signals matches. */
	private static final String OF_SIGNALS = CANDIDATES.formatted("mine.id = any (cast(:signals as uuid[]))");

	private final JdbcClient jdbc;

	MatchQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every way this signal matches now, with the household a family match runs through.
	 */
	List<MatchRow> of(UUID signalId, Instant activeSince, LocalDate bornOnOrBefore) {
		return of(List.of(signalId), activeSince, bornOnOrBefore).getOrDefault(signalId, List.of());
	}

	/** Every way each of these signals matches now, by signal; one query. */
	Map<UUID, List<MatchRow>> of(Collection<UUID> signalIds, Instant activeSince, LocalDate bornOnOrBefore) {
		var bySignal = new HashMap<UUID, List<MatchRow>>();
		jdbc.sql(OF_SIGNALS)
			.param("signals", signalIds.stream().map(UUID::toString).toArray(String[]::new))
			.param("activeSince", Timestamp.from(activeSince))
			.param("bornOnOrBefore", bornOnOrBefore)
			.query(rs -> {
				var rows = bySignal.computeIfAbsent(rs.getObject("signal_id", UUID.class), id -> new ArrayList<>());
				rows.add(row(rs, rows.size()));
			});
		return bySignal;
	}

	/** The matches of the professional's own active signals, newest first. */
	PageOf<MatchRow> forProfessional(UUID professionalId, Instant activeSince, LocalDate bornOnOrBefore, Instant from,
			PageOf.Request page) {
		return PageOf.counted(page,
				request -> jdbc.sql(PAGE)
					.param("professional", professionalId)
					.param("activeSince", Timestamp.from(activeSince))
					.param("bornOnOrBefore", bornOnOrBefore)
					.param("from", Timestamp.from(from))
					.param("limit", request.size())
					.param("offset", request.offset())
					.query((rs, n) -> new PageOf.Counted<>(row(rs, n), rs.getLong("total")))
					.list());
	}

	/** Which of these professionals are involved with the household now. */
	Set<UUID> involved(UUID householdId, Collection<UUID> professionalIds) {
		if (professionalIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql("""
				select professional_id from current_involvement
				 where household_id = :household and professional_id in (:professionals)
				""").param("household", householdId).param("professionals", professionalIds).query(UUID.class).list());
	}

	/** The running signals on the household's current members, once each. */
	List<SignalOnMember> signalsOnMembers(UUID household) {
		return jdbc.sql("""
				select distinct s.id, s.professional_id, s.person_fingerprint from signal s
				  join current_member m on m.bsn_fingerprint = s.person_fingerprint
				 where m.household_id = :household and s.ended_at is null
				""")
			.param("household", household)
			.query((rs, row) -> new SignalOnMember(rs.getObject("id", UUID.class),
					rs.getObject("professional_id", UUID.class), rs.getString("person_fingerprint")))
			.list();
	}

	/** The household's contact person now, if it has one. */
	Optional<UUID> contactPerson(UUID household) {
		return jdbc.sql("select professional_id from current_contact_person where household_id = :h")
			.param("h", household)
			.query(UUID.class)
			.optional();
	}

	record SignalOnMember(UUID id, UUID professionalId, String fingerprint) {
	}

	static MatchRow row(ResultSet rs, int n) throws SQLException {
		return new MatchRow(
				rs.getObject("signal_id", UUID.class), rs.getString("hint"), rs.getObject("other_id", UUID.class),
				rs.getObject("professional_id", UUID.class), MatchKind.valueOf(rs.getString("kind")),
				rs.getObject("household_id", UUID.class), rs.getString("organisation_name"),
				rs.getString("professional_name"), new ContactDetails(rs.getString("phone"), rs.getString("email"),
						rs.getString("organisation_phone"), rs.getString("organisation_email")),
				rs.getTimestamp("since").toInstant());
	}

	/**
	 * One way a signal matches another.
	 *
	 * @param householdId the household a family match runs through; {@code null} for the
	 * same person
	 */
	record MatchRow(UUID signalId, String hint, UUID otherSignalId, UUID otherProfessionalId, MatchKind kind,
			UUID householdId, String organisationName, String professionalName, ContactDetails contact, Instant since) {
	}

	/**
	 * @param birthDate the member's date of birth in this household
	 */
	record HouseholdOfPerson(UUID id, UUID contactPersonId, LocalDate birthDate) {
	}

}
