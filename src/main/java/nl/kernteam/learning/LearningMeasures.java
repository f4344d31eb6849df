package nl.kernteam.learning;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import nl.kernteam.audit.AccessAction;
import nl.kernteam.audit.AccessEvent;
import nl.kernteam.audit.AccessLog;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.ForbiddenException;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.RoleAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measures, aggregated over the households helped in a period and withheld below ten
 * households: a team lead reads those of the organisation they lead, a policy adviser
 * those of the region (every organisation of this deployment) or of any one organisation
 * in it. A CSV export is written into the access log (no household: it holds no family's
 * data).
 */
@Service
@Transactional
public class LearningMeasures {

	private final MeasureQueries queries;

	private final AccessLog accessLog;

	private final RoleAccess roles;

	private final Clock clock;

	LearningMeasures(MeasureQueries queries, AccessLog accessLog, RoleAccess roles, Clock clock) {
		this.queries = queries;
		this.accessLog = accessLog;
		this.roles = roles;
		this.clock = clock;
	}

	/**
	 * The measures over [from, to) of the organisation asked about; without one, of the
	 * region for a policy adviser and of the own organisation for a team lead.
	 * @throws ForbiddenException unless the actor is a policy adviser, or a team lead of
	 * that organisation
	 */
	public Measures measures(Actor actor, UUID organisation, LocalDate from, LocalDate to) {
		UUID scope = scope(actor, organisation);
		checkPeriod(from, to);
		var measures = queries.measures(scope, from, to, start(from), start(to));
		return measures.households() < Measures.SMALLEST_GROUP ? measures.suppress() : measures;
	}

	/** The same measures, for a CSV file: logged as an export. */
	public Measures export(Actor actor, UUID organisation, LocalDate from, LocalDate to) {
		var measures = measures(actor, organisation, from, to);
		String what = measures.region() ? "measures:region" : "measures:" + measures.organisationId();
		accessLog.record(AccessEvent.granted(actor, null, AccessAction.EXPORT, what, false)
			.because(roles.holds(actor, Role.POLICY_ADVISER) ? "POLICY_ADVISER" : "TEAM_LEAD"));
		return measures;
	}

	/** The period a page opens with: the twelve months up to and including today. */
	public LocalDate[] lastYear() {
		var today = AmsterdamTime.today(clock);
		return new LocalDate[] { today.plusDays(1).minusYears(1), today.plusDays(1) };
	}

	/**
	 * The organisation to measure, or {@code null} for the region: the roles as the one
	 * access decision answers them.
	 */
	private UUID scope(Actor actor, UUID organisation) {
		if (roles.holds(actor, Role.POLICY_ADVISER)) {
			return organisation;
		}
		if (roles.holds(actor, Role.TEAM_LEAD) && actor.organisationId() != null
				&& (organisation == null || organisation.equals(actor.organisationId()))) {
			return actor.organisationId();
		}
		throw new ForbiddenException("learning.measures.forbidden");
	}

	private static void checkPeriod(LocalDate from, LocalDate to) {
		if (from == null || to == null || from.getYear() < 1900 || to.getYear() > 2200) {
			throw new InvalidInputException("from", "learning.measures.period.invalid");
		}
		if (!to.isAfter(from)) {
			throw new InvalidInputException("to", "learning.measures.period.reversed");
		}
	}

	private static Timestamp start(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(AmsterdamTime.ZONE).toInstant());
	}

}
