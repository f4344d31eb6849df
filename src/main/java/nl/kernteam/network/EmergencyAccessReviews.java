package nl.kernteam.network;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import nl.kernteam.audit.AccessAction;
import nl.kernteam.audit.AccessLog;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;
import org.springframework.validation.annotation.Validated;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.ForbiddenException;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.NotFoundException;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The privacy officer's review of every emergency access: a list (unreviewed first, then newest first) and a
 * finding recorded once per access, written to the household's access log.
 *
 * @throws ForbiddenException    for anyone but a privacy officer
 * @throws InvalidInputException for a blank or overlong finding
 * @throws NotFoundException     for an unknown emergency access
 * @throws ConflictException     when the access was reviewed already
 */
@Service
@Validated
@Transactional
class EmergencyAccessReviews {

	static final int FINDING_MAX_LENGTH = 2000;

	private final JdbcClient jdbc;

	private final HouseholdAccess access;

	private final AccessLog accessLog;

	private final Clock clock;

	EmergencyAccessReviews(JdbcClient jdbc, HouseholdAccess access, AccessLog accessLog, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	/** Every emergency access, unreviewed first, then newest first; the households listed are logged as such. */
	public PageOf<EmergencyAccessReview> list(Actor actor, PageOf.Request page) {
		requirePrivacyOfficer(actor);
		var result = PageOf.counted(page, request -> jdbc.sql(SELECT + """
				 order by (e.reviewed_at is not null), e.started_at desc, e.id
				 limit :limit offset :offset
				""")
			.param("limit", request.size())
			.param("offset", request.offset())
			.param("since", Timestamp.from(clock.instant().minus(RECENT)))
			.query((rs, row) -> new PageOf.Counted<>(row(rs), rs.getLong("total")))
			.list());
		accessLog.recordAll(actor, result.items().stream().map(EmergencyAccessReview::householdId).distinct().toList(),
				AccessAction.SEARCH, "emergency-accesses");
		return result;
	}

	/**
	 * Marks an emergency access reviewed with the officer's finding; written to the household's access log. Nobody
	 * reviews their own emergency access (someone may be both professional and privacy officer).
	 */
	public EmergencyAccessReview review(Actor actor, UUID id,
			@NotBlank(message = "{network.emergency.review.finding.required}") @Size(max = FINDING_MAX_LENGTH, message = "{network.emergency.review.finding.tooLong}") @PlainText(message = "{network.emergency.review.finding.invalid}") String finding) {
		requirePrivacyOfficer(actor);
		record Broken(UUID household, UUID professional) {
		}
		var broken = jdbc.sql("select household_id, professional_id from emergency_access where id = :id")
			.param("id", id)
			.query((rs, row) -> new Broken(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.optional()
			.orElseThrow(() -> new NotFoundException("emergency access " + id));
		if (broken.professional().equals(actor.professionalId())) {
			throw new ForbiddenException("network.emergency.review.own");
		}
		UUID household = broken.household();
		access.writeWithRole(actor, HouseholdId.of(household), Role.PRIVACY_OFFICER, AccessAction.UPDATE, "emergency-access.review:" + id);
		int reviewed = jdbc.sql("""
				update emergency_access set reviewed_at = :at, reviewed_by = :by, finding = :finding
				 where id = :id and reviewed_at is null
				""")
			.param("id", id)
			.param("at", Timestamp.from(clock.instant()))
			.param("by", actor.professionalId())
			.param("finding", finding.trim())
			.update();
		if (reviewed == 0) {
			throw new ConflictException("network.emergency.review.already");
		}
		return jdbc.sql(SELECT + " where e.id = :id").param("id", id)
			.param("since", Timestamp.from(clock.instant().minus(RECENT)))
			.query((rs, row) -> row(rs))
			.single();
	}

	/** How far back the count of a professional's emergency accesses looks. */
	static final java.time.Duration RECENT = java.time.Duration.ofDays(90);

	private static final String SELECT = """
			select e.id, e.household_id, h.name as household_name, p.name as professional_name,
			       o.name as organisation_name, e.reason, e.started_at, e.expires_at, e.reviewed_at,
			       r.name as reviewed_by_name, e.finding, count(*) over () as total,
			       (select count(*) from emergency_access x
			         where x.professional_id = e.professional_id and x.started_at > :since) as recent
			  from emergency_access e
			  join household_profile h on h.id = e.household_id
			  join professional_profile p on p.id = e.professional_id
			  left join organisation_profile o on o.id = e.organisation_id
			  left join professional_profile r on r.id = e.reviewed_by
			""";

	private static EmergencyAccessReview row(java.sql.ResultSet rs) throws java.sql.SQLException {
		Timestamp reviewedAt = rs.getTimestamp("reviewed_at");
		return new EmergencyAccessReview(rs.getObject("id", UUID.class), rs.getObject("household_id", UUID.class),
				rs.getString("household_name"), rs.getString("professional_name"), rs.getString("organisation_name"),
				rs.getString("reason"), rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
				reviewedAt != null, reviewedAt == null ? null : reviewedAt.toInstant(), rs.getString("reviewed_by_name"),
				rs.getString("finding"), rs.getInt("recent"));
	}

	private void requirePrivacyOfficer(Actor actor) {
		if (!access.holds(actor, Role.PRIVACY_OFFICER)) {
			throw new ForbiddenException("network.emergency.review.privacyOfficersOnly");
		}
	}
}
