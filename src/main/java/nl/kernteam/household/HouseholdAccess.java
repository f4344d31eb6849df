package nl.kernteam.household;

import nl.kernteam.audit.AccessAction;
import nl.kernteam.audit.AccessEvent;
import nl.kernteam.audit.AccessLog;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ForbiddenException;
import nl.kernteam.shared.NotFoundException;
import nl.kernteam.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one gate to a household's data, for every module. Each read or write of household
 * data starts here: it checks that the household exists, asks {@link AccessDecision}
 * whether the actor may do this to this kind of data, and writes the access-log row with
 * the deciding rule in the caller's transaction, which it therefore requires. The kind of
 * data follows from the resource logged ({@link HouseholdItem#of}) unless given.
 *
 * @throws NotFoundException when the household does not exist
 * @throws ForbiddenException when the decision refuses (the refusal is logged in a
 * transaction of its own); a professional outside the network is offered emergency access
 * on the refusal page
 */
@Service
public class HouseholdAccess {

	private final HouseholdRepository households;

	private final AccessDecision decision;

	private final AccessLog accessLog;

	private final DecisionReads decisionReads;

	HouseholdAccess(HouseholdRepository households, AccessDecision decision, AccessLog accessLog,
			DecisionReads decisionReads) {
		this.households = households;
		this.decisionReads = decisionReads;
		this.decision = decision;
		this.accessLog = accessLog;
	}

	/**
	 * The one access decision of a page (issue 19): the household exists and the actor
	 * may see it, else 404 or the refusal logged and 403, as {@code HouseholdGuard}
	 * answers. Held for the rest of the page's transaction (asked again, it answers the
	 * same), so that its sections receive it; their reads are still logged, as one row.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public DecidedHousehold decide(Actor actor, HouseholdId household) {
		var bound = DecidedHousehold.bound(actor, household);
		if (bound != null) {
			return bound;
		}
		// the row tells that the household exists, and the page and its sections need it;
		// read in one round trip with the actor's standing
		var read = decisionReads.start(actor, household);
		HouseholdRow row = read.row().get().orElseThrow(() -> new NotFoundException("household " + household));
		var answer = decision.decide(actor, household, read.standing().get(), HouseholdItem.HOUSEHOLD,
				AccessAction.READ);
		if (!answer.granted()) {
			refuse(actor, household, AccessAction.READ, "household", answer);
		}
		var decided = new DecidedHousehold(decision, actor, household, row, answer.standing(),
				answer.emergency() ? decision.emergencyEndsAt(actor, household) : null);
		decided.bind();
		return decided;
	}

	/**
	 * Whether the actor stands to the household as a partner only, who sees only what is
	 * shared with them: from the page's decision when one is made, else asked once.
	 */
	public boolean partnerOnly(Actor actor, HouseholdId household) {
		return decision.standing(actor, household) == Standing.PARTNER;
	}

	/** Permission to read. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Grant read(Actor actor, HouseholdId household, String resource) {
		return require(actor, household, HouseholdItem.of(resource), AccessAction.READ, AccessAction.READ, resource);
	}

	/**
	 * Permission to read this kind of data, named where the resource does not tell it (a
	 * note's audience).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Grant read(Actor actor, HouseholdId household, HouseholdItem item, String resource) {
		return require(actor, household, item, AccessAction.READ, AccessAction.READ, resource);
	}

	/**
	 * Permission to take data out of Kernteam, on paper ({@link AccessAction#PRINT}) or
	 * in a file ({@link AccessAction#EXPORT}); granted as a read is, and logged as that
	 * action.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Grant readOut(Actor actor, HouseholdId household, AccessAction action, String resource) {
		if (action != AccessAction.PRINT && action != AccessAction.EXPORT) {
			throw new IllegalArgumentException("not a way to take data out: " + action);
		}
		return require(actor, household, HouseholdItem.of(resource), action, action, resource);
	}

	/**
	 * Permission to change or add, or to do what is granted as a change is (a form to
	 * start one, revealing a BSN, logged as {@link AccessAction#READ}): never under
	 * emergency access.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Grant write(Actor actor, HouseholdId household, AccessAction action, String resource) {
		return write(actor, household, HouseholdItem.of(resource), action, resource);
	}

	/**
	 * Permission to change or add this kind of data, named where the resource does not
	 * tell it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Grant write(Actor actor, HouseholdId household, HouseholdItem item, AccessAction action, String resource) {
		return require(actor, household, item, action, AccessAction.UPDATE, resource);
	}

	/**
	 * Permission for a change that a role allows outside the network, such as a team lead
	 * handing a household over when its contact person leaves, or a privacy officer
	 * reviewing an emergency access. The decision checks the role; the caller checks what
	 * else the rule needs (the team lead's organisation); this logs the write with the
	 * role as its basis.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Grant writeWithRole(Actor actor, HouseholdId household, Role role, AccessAction action, String resource) {
		requireExists(household);
		if (!decision.holds(actor, role)) {
			accessLog
				.recordRefusal(AccessEvent.denied(actor, household.value(), action, resource).because("ROLE_REQUIRED"));
			throw new ForbiddenException("error.forbidden");
		}
		accessLog.record(AccessEvent.granted(actor, household.value(), action, resource, false).because(role.name()));
		return new Grant(household, false);
	}

	/**
	 * Permission to read the household's own access log: the decision's
	 * {@link HouseholdItem#ACCESS_LOG} rule; the read is logged at once so that the
	 * reader sees it on top.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Grant readAccessLog(Actor actor, HouseholdId household) {
		requireExists(household);
		var answer = decision.decide(actor, household, HouseholdItem.ACCESS_LOG, AccessAction.READ);
		var event = AccessEvent.granted(actor, household.value(), AccessAction.READ, "access-log", false)
			.because(answer.rule());
		if (!answer.granted()) {
			refuse(actor, household, AccessAction.READ, "access-log", answer);
		}
		accessLog.recordNow(event);
		return new Grant(household, false);
	}

	/**
	 * Permission to reopen a closed household's file
	 * ({@link AccessDecision#decideReopening}), logged with its rule.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Grant reopen(Actor actor, HouseholdId household) {
		requireExists(household);
		var answer = decision.decideReopening(actor, household);
		if (!answer.granted()) {
			accessLog.recordRefusal(AccessEvent.denied(actor, household.value(), AccessAction.UPDATE, "closure.reopen")
				.because(answer.rule()));
			throw new ForbiddenException(answer.refusalKey());
		}
		accessLog.record(AccessEvent.granted(actor, household.value(), AccessAction.UPDATE, "closure.reopen", false)
			.because(answer.rule()));
		return new Grant(household, false);
	}

	/**
	 * Permission to review the household's case ({@link AccessDecision#decideReview}):
	 * reading its history or adding to a review, logged with its rule.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Grant review(Actor actor, HouseholdId household, AccessAction action, String resource) {
		requireExists(household);
		var answer = decision.decideReview(actor, household);
		if (!answer.granted()) {
			accessLog
				.recordRefusal(AccessEvent.denied(actor, household.value(), action, resource).because(answer.rule()));
			throw new ForbiddenException(answer.refusalKey());
		}
		accessLog.record(AccessEvent.granted(actor, household.value(), action, resource, false).because(answer.rule()));
		return new Grant(household, false);
	}

	/**
	 * Whether the actor holds one of these roles: the decision's answer, for rules that
	 * combine a role with data.
	 */
	public boolean holds(Actor actor, Role... anyOf) {
		return decision.holds(actor, anyOf);
	}

	/** Refuses with a 403 unless the actor holds the role: the decision's answer. */
	public void requireRole(Actor actor, Role role) {
		decision.require(actor, "error.forbidden", role);
	}

	@Transactional(readOnly = true)
	public boolean exists(HouseholdId household) {
		return households.exists(household.value());
	}

	/**
	 * Whether the actor is involved with the household now (emergency access does not
	 * count); without logging.
	 */
	@Transactional(readOnly = true)
	public boolean involved(Actor actor, HouseholdId household) {
		var standing = decision.standing(actor, household);
		return standing != Standing.NONE && standing != Standing.EMERGENCY;
	}

	/**
	 * Whether the actor may see the household now; asks without logging, for links and
	 * menus.
	 */
	@Transactional(readOnly = true)
	public boolean maySee(Actor actor, HouseholdId household) {
		return decision.mayRead(actor, household, HouseholdItem.HOUSEHOLD);
	}

	/**
	 * Whether the actor may add this kind of data to the household now; asks without
	 * logging, for forms.
	 */
	@Transactional(readOnly = true)
	public boolean mayAdd(Actor actor, HouseholdId household, HouseholdItem item) {
		return decision.decide(actor, household, item, AccessAction.CREATE).granted();
	}

	/**
	 * Whether the actor may read this kind of the household's data now; asks without
	 * logging, for sections and menus.
	 */
	@Transactional(readOnly = true)
	public boolean mayRead(Actor actor, HouseholdId household, HouseholdItem item) {
		return decision.mayRead(actor, household, item);
	}

	/**
	 * @param action what the log row says was done
	 * @param decided what the decision is asked about: the action itself, or a change for
	 * {@link #write}
	 */
	private Grant require(Actor actor, HouseholdId household, HouseholdItem item, AccessAction action,
			AccessAction decided, String resource) {
		// the page's decision found the household in this transaction already
		if (DecidedHousehold.bound(actor, household) == null && !households.exists(household.value())) {
			throw new NotFoundException("household " + household);
		}
		var answer = decision.decide(actor, household, item, decided);
		if (!answer.granted()) {
			refuse(actor, household, action, resource, answer);
		}
		boolean emergency = answer.emergency();
		accessLog
			.record(AccessEvent.granted(actor, household.value(), action, resource, emergency).because(answer.rule()));
		return new Grant(household, emergency, emergency ? decision.emergencyEndsAt(actor, household) : null);
	}

	private void requireExists(HouseholdId household) {
		if (!households.exists(household.value())) {
			throw new NotFoundException("household " + household);
		}
	}

	/** Logs the refusal in a transaction of its own and throws it. */
	void refuse(Actor actor, HouseholdId household, AccessAction action, String resource,
			AccessDecision.Answer answer) {
		accessLog.recordRefusal(AccessEvent.denied(actor, household.value(), action, resource).because(answer.rule()));
		throw decision.refusal(actor, household, answer);
	}

	/**
	 * Proof that access was checked and logged.
	 *
	 * @param emergencyEndsAt under emergency access: when it ends; otherwise {@code null}
	 */
	public record Grant(HouseholdId household, boolean emergency, java.time.Instant emergencyEndsAt) {

		public Grant(HouseholdId household, boolean emergency) {
			this(household, emergency, null);
		}
	}

}
