package nl.kernteam.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.kernteam.household.SharedItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Shares with partners. A share runs at a moment when it had started, was not revoked,
 * had not passed its last day (a day in Amsterdam) and the partner was still involved;
 * every query asks that of the database, so a revocation or an ended involvement counts
 * from the same instant.
 */
@Repository
class ShareRepository {

	private static final String RUNS_AT = """
			s.shared_at <= :at and (s.revoked_at is null or s.revoked_at > :at)
			and (s.until_on is null or :at < ((s.until_on + 1)::timestamp at time zone 'Europe/Amsterdam'))
			and i.started_at <= :at and (i.ended_at is null or i.ended_at > :at)
			""";

	private final JdbcClient jdbc;

	ShareRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return false when a share with this id exists already (a repeated submit)
	 */
	boolean insert(UUID id, UUID household, ShareWithPartner share, List<String> consentNames, UUID by, Instant at) {
		return jdbc
			.sql("""
					insert into involvement_share (id, household_id, involvement_id, what, legal_basis, consent_of, consent_names,
					                               explanation, shared_at, shared_by, until_on)
					values (:id, :household, :involvement, :what, :basis, string_to_array(:consentOf, ',')::uuid[],
					        string_to_array(:consentNames, chr(31)), :explanation, :at, :by, :until)
					on conflict (id) do nothing
					""")
			.param("id", id)
			.param("household", household)
			.param("involvement", share.involvementId())
			.param("what", share.what().name())
			.param("basis", share.legalBasis().name())
			.param("consentOf", String.join(",", share.consentOf().stream().map(UUID::toString).toList()))
			.param("consentNames", String.join(String.valueOf((char) 31), consentNames))
			.param("explanation", share.explanation())
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("until", share.until())
			.update() == 1;
	}

	/** Revokes every share of the household still in force. */
	int revokeAll(UUID household, UUID by, Instant at) {
		return jdbc.sql("""
				update involvement_share set revoked_at = :at, revoked_by = :by
				 where household_id = :household and revoked_at is null
				""").param("household", household).param("by", by).param("at", Timestamp.from(at)).update();
	}

	/**
	 * @return false when it had been revoked already
	 */
	boolean revoke(UUID household, UUID share, UUID by, Instant at) {
		return jdbc.sql("""
				update involvement_share set revoked_at = :at, revoked_by = :by
				 where household_id = :household and id = :id and revoked_at is null
				""")
			.param("household", household)
			.param("id", share)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	Optional<ShareRow> find(UUID household, UUID share, Instant now) {
		return jdbc.sql(SELECT + " where s.household_id = :household and s.id = :id")
			.param("household", household)
			.param("id", share)
			.param("at", Timestamp.from(now))
			.query(ShareRepository::row)
			.optional();
	}

	/**
	 * The household's shares, newest first; with {@code professional}, only those with
	 * that professional.
	 */
	List<ShareRow> forHousehold(UUID household, UUID professional, Instant now) {
		return jdbc
			.sql(SELECT
					+ """
							 where s.household_id = :household and (cast(:professional as uuid) is null or i.professional_id = :professional)
							 order by s.shared_at desc, s.id
							""")
			.param("household", household)
			.param("professional", professional)
			.param("at", Timestamp.from(now))
			.query(ShareRepository::row)
			.list();
	}

	/** Whether a share of this item with this involvement runs now. */
	boolean running(UUID involvement, SharedItem what, Instant at) {
		return jdbc
			.sql("select exists (select 1 from involvement_share s join involvement i on i.id = s.involvement_id"
					+ " where s.involvement_id = :involvement and s.what = :what and " + RUNS_AT + ")")
			.param("involvement", involvement)
			.param("what", what.name())
			.param("at", Timestamp.from(at))
			.query(Boolean.class)
			.single();
	}

	/** What runs at a moment for one professional in one household. */
	Set<SharedItem> sharedWith(UUID household, UUID professional, Instant at) {
		var items = jdbc
			.sql("select distinct s.what from involvement_share s join involvement i on i.id = s.involvement_id"
					+ " where s.household_id = :household and i.professional_id = :professional and " + RUNS_AT)
			.param("household", household)
			.param("professional", professional)
			.param("at", Timestamp.from(at))
			.query((rs, row) -> SharedItem.valueOf(rs.getString(1)))
			.list();
		return items.isEmpty() ? Set.of() : EnumSet.copyOf(items);
	}

	private static final String SELECT = """
			select s.id, s.involvement_id, i.professional_id, p.name as partner_name, o.name as organisation_name, s.what,
			       s.legal_basis, s.consent_of, s.consent_names, s.explanation, s.shared_at, sb.name as shared_by,
			       s.until_on, s.revoked_at, rb.name as revoked_by, ("""
			+ RUNS_AT + """
					) as active
					  from involvement_share s join involvement i on i.id = s.involvement_id
					  left join professional_profile p on p.id = i.professional_id
					  left join organisation_profile o on o.id = i.organisation_id
					  join professional_profile sb on sb.id = s.shared_by
					  left join professional_profile rb on rb.id = s.revoked_by
					""";

	private static ShareRow row(ResultSet rs, int row) throws SQLException {
		UUID[] ids = (UUID[]) rs.getArray("consent_of").getArray();
		String[] names = (String[]) rs.getArray("consent_names").getArray();
		var consent = new ArrayList<ShareRow.Consent>();
		for (int i = 0; i < ids.length; i++) {
			consent.add(new ShareRow.Consent(ids[i], names[i]));
		}
		Timestamp revoked = rs.getTimestamp("revoked_at");
		return new ShareRow(rs.getObject("id", UUID.class), rs.getObject("involvement_id", UUID.class),
				rs.getObject("professional_id", UUID.class), rs.getString("partner_name"),
				rs.getString("organisation_name"), SharedItem.valueOf(rs.getString("what")),
				LegalBasis.valueOf(rs.getString("legal_basis")), List.copyOf(consent), rs.getString("explanation"),
				rs.getTimestamp("shared_at").toInstant(), rs.getString("shared_by"),
				rs.getObject("until_on", LocalDate.class), revoked == null ? null : revoked.toInstant(),
				rs.getString("revoked_by"), rs.getBoolean("active"));
	}

}
