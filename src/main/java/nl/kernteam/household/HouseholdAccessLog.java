package nl.kernteam.household;

import nl.kernteam.audit.AccessAction;
import nl.kernteam.audit.AccessEvent;
import nl.kernteam.audit.AccessLog;
import nl.kernteam.audit.AccessLogPage;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.NotFoundException;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.Bsn;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.PersonalDataCipher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A household's access log, for a privacy officer (any household). Reading the log is
 * itself logged, and a refused attempt too.
 */
@Service
@Transactional
public class HouseholdAccessLog {

	private final HouseholdRepository households;

	private final PersonalDataCipher cipher;

	private final AccessLog accessLog;

	private final HouseholdAccess access;

	private final AccessDecision decision;

	HouseholdAccessLog(HouseholdRepository households, PersonalDataCipher cipher, AccessLog accessLog,
			HouseholdAccess access, AccessDecision decision) {
		this.households = households;
		this.cipher = cipher;
		this.accessLog = accessLog;
		this.access = access;
		this.decision = decision;
	}

	/**
	 * One page of the household's log, newest first; see {@link AccessLog#forHousehold}.
	 */
	public AccessLogPage forHousehold(Actor actor, HouseholdId household, AccessLogPage.Request page) {
		access.readAccessLog(actor, household);
		return accessLog.forHousehold(household.value(), page);
	}

	/**
	 * For a privacy officer answering a family's request: the households with a member
	 * with this BSN. Only an exact, valid BSN finds anything; the search itself is
	 * logged, once per household found. A number that is not a BSN changes nothing: the
	 * page that asked (in its one transaction) shows the error and commits.
	 */
	@Transactional(noRollbackFor = InvalidInputException.class)
	public java.util.List<HouseholdSummary> findByBsn(Actor actor, String bsn) {
		decision.require(actor, "audit.privacyOfficerOnly", Role.PRIVACY_OFFICER);
		if (!Bsn.isValid(bsn)) {
			throw new InvalidInputException("bsn", "household.bsn.invalid");
		}
		var found = households.withMemberFingerprint(cipher.fingerprint(Bsn.canonical(bsn)));
		found.forEach(h -> accessLog.record(AccessEvent.granted(actor, h.id(), AccessAction.SEARCH, "household", false)
			.because(Role.PRIVACY_OFFICER.name())));
		return found;
	}

	/**
	 * For a privacy officer: the households (at most 50) with a member whose name
	 * contains this text (two characters at least); logged as the BSN search is.
	 */
	@Transactional(noRollbackFor = InvalidInputException.class)
	public java.util.List<HouseholdSummary> findByName(Actor actor, String name) {
		decision.require(actor, "audit.privacyOfficerOnly", Role.PRIVACY_OFFICER);
		String text = name == null ? "" : name.trim();
		if (text.length() < 2 || text.length() > 100) {
			throw new InvalidInputException("bsn", "privacy.name.invalid");
		}
		var found = households.withMember(null, nl.kernteam.shared.Sql.containsPattern(text));
		found.forEach(h -> accessLog.record(AccessEvent.granted(actor, h.id(), AccessAction.SEARCH, "household", false)
			.because(Role.PRIVACY_OFFICER.name())));
		return found;
	}

}
