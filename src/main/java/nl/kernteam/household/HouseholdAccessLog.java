package nl.kernteam.household;

import nl.kernteam.audit.AccessAction;
import nl.kernteam.audit.AccessEvent;
import nl.kernteam.audit.AccessLog;
import nl.kernteam.audit.AccessLogPage;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ForbiddenException;
import nl.kernteam.shared.NotFoundException;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.Bsn;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.PersonalDataCipher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A household's access log, for a privacy officer (any household). Reading the log is itself logged, and a
 * refused attempt too.
 */
@Service
@Transactional
public class HouseholdAccessLog {

	private final HouseholdRepository households;

	private final PersonalDataCipher cipher;

	private final AccessLog accessLog;

	HouseholdAccessLog(HouseholdRepository households, PersonalDataCipher cipher, AccessLog accessLog) {
		this.households = households;
		this.cipher = cipher;
		this.accessLog = accessLog;
	}

	/** One page of the household's log, newest first; see {@link AccessLog#forHousehold}. */
	public AccessLogPage forHousehold(Actor actor, HouseholdId household, AccessLogPage.Request page) {
		if (!households.exists(household.value())) {
			throw new NotFoundException("household " + household);
		}
		if (!actor.hasRole(Role.PRIVACY_OFFICER)) {
			accessLog.recordRefusal(AccessEvent.denied(actor, household.value(), AccessAction.READ, "access-log"));
			throw new ForbiddenException("audit.privacyOfficerOnly");
		}
		accessLog.recordNow(AccessEvent.granted(actor, household.value(), AccessAction.READ, "access-log", false));
		return accessLog.forHousehold(household.value(), page);
	}

	/**
	 * For a privacy officer answering a family's request: the households with a member with this BSN. Only an
	 * exact, valid BSN finds anything; the search itself is logged, once per household found.
	 */
	public java.util.List<HouseholdSummary> findByBsn(Actor actor, String bsn) {
		if (!actor.hasRole(Role.PRIVACY_OFFICER)) {
			throw new ForbiddenException("audit.privacyOfficerOnly");
		}
		if (!Bsn.isValid(bsn)) {
			throw new InvalidInputException("bsn", "household.bsn.invalid");
		}
		var found = households.withMemberFingerprint(cipher.fingerprint(Bsn.canonical(bsn)));
		found.forEach(h -> accessLog.record(AccessEvent.granted(actor, h.id(), AccessAction.SEARCH, "household", false)));
		return found;
	}
}
