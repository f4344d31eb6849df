package nl.kernteam.household;

import nl.kernteam.audit.AccessAction;
import nl.kernteam.audit.AccessEvent;
import nl.kernteam.audit.AccessLog;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ForbiddenException;
import nl.kernteam.shared.NotFoundException;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.web.HouseholdRefusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The one gate to a household's data, for every module. Each read or write of household data starts here:
 * it checks that the household exists and that the actor may see it (through {@link HouseholdAccessPolicy}),
 * and writes the access-log row in the caller's transaction, which it therefore requires.
 *
 * @throws NotFoundException  when the household does not exist
 * @throws ForbiddenException when the actor is outside the household's network (the refusal is logged in a
 *                            transaction of its own), or tries to change data under emergency access
 */
@Service
public class HouseholdAccess {

	private final HouseholdRepository households;

	private final HouseholdAccessPolicy policy;

	private final AccessLog accessLog;

	HouseholdAccess(HouseholdRepository households, HouseholdAccessPolicy policy, AccessLog accessLog) {
		this.households = households;
		this.policy = policy;
		this.accessLog = accessLog;
	}

	/** Permission to read; granted to the network and under emergency access. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Grant read(Actor actor, HouseholdId household, String resource) {
		return require(actor, household, AccessAction.READ, resource, true);
	}

	/**
	 * Permission to take data out of Kernteam, on paper ({@link AccessAction#PRINT}) or in a file
	 * ({@link AccessAction#EXPORT}); granted as a read is, and logged as that action.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Grant readOut(Actor actor, HouseholdId household, AccessAction action, String resource) {
		if (action != AccessAction.PRINT && action != AccessAction.EXPORT) {
			throw new IllegalArgumentException("not a way to take data out: " + action);
		}
		return require(actor, household, action, resource, true);
	}

	/** Permission to change or add; granted to the network only. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Grant write(Actor actor, HouseholdId household, AccessAction action, String resource) {
		return require(actor, household, action, resource, false);
	}

	/**
	 * Permission for a change that the actor's role allows outside the network, such as a team lead handing a
	 * household over when its contact person leaves. The caller has checked that role; this logs the write.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Grant writeWithRole(Actor actor, HouseholdId household, AccessAction action, String resource) {
		if (!households.exists(household.value())) {
			throw new NotFoundException("household " + household);
		}
		accessLog.record(AccessEvent.granted(actor, household.value(), action, resource, false));
		return new Grant(household, false);
	}

	@Transactional(readOnly = true)
	public boolean exists(HouseholdId household) {
		return households.exists(household.value());
	}

	/** Whether the actor is involved with the household now (emergency access does not count); without logging. */
	@Transactional(readOnly = true)
	public boolean involved(Actor actor, HouseholdId household) {
		return policy.visibility(actor, household) == Visibility.INVOLVED;
	}

	/** Whether the actor may see the household now; asks without logging, for links and menus. */
	@Transactional(readOnly = true)
	public boolean maySee(Actor actor, HouseholdId household) {
		return policy.visibility(actor, household) != Visibility.NONE;
	}

	private Grant require(Actor actor, HouseholdId household, AccessAction action, String resource,
			boolean emergencyAllowed) {
		if (!households.exists(household.value())) {
			throw new NotFoundException("household " + household);
		}
		Visibility visibility = policy.visibility(actor, household);
		if (visibility == Visibility.NONE || (visibility == Visibility.EMERGENCY && !emergencyAllowed)) {
			accessLog.recordRefusal(AccessEvent.denied(actor, household.value(), action, resource));
			RequestAttributes request = RequestContextHolder.getRequestAttributes();
			// only a professional may break the glass, so only a professional is offered it
			if (request != null && visibility == Visibility.NONE && actor.hasRole(Role.PROFESSIONAL)) {
				request.setAttribute(HouseholdRefusal.ATTRIBUTE, household.value(), RequestAttributes.SCOPE_REQUEST);
			}
			throw new ForbiddenException(visibility == Visibility.NONE ? "household.forbidden" : "household.emergency.readOnly");
		}
		boolean emergency = visibility == Visibility.EMERGENCY;
		accessLog.record(AccessEvent.granted(actor, household.value(), action, resource, emergency));
		return new Grant(household, emergency, emergency ? policy.emergencyEndsAt(actor, household).orElse(null) : null);
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
