package nl.kernteam.portal;

import java.time.LocalDate;
import java.time.Period;

import nl.kernteam.shared.Role;

/**
 * What the family files, who handles it and within which legal term (DOMAIN.md C.1.5 and
 * C.5). The term runs from the day it was received.
 */
public enum ObjectionKind {

	/**
	 * Bezwaar against a decision: decided within six weeks of receipt (Awb art. 7:10 lid
	 * 1; twelve with an advisory committee, which Kernteam does not assume). Handled by
	 * the team lead of the contact person's organisation, who did not take the decision.
	 */
	OBJECTION(Period.ofWeeks(6), Role.TEAM_LEAD),

	/**
	 * Klacht about how someone acted: handled within six weeks of receipt (Awb art. 9:11
	 * lid 1), by the team lead of the contact person's organisation.
	 */
	COMPLAINT(Period.ofWeeks(6), Role.TEAM_LEAD),

	/**
	 * A request to see, correct or remove data (AVG art. 15, 16 and 17; for a young
	 * person from 12 and for parents, DOMAIN.md C.5 "inzage"): answered within one month
	 * of receipt (AVG art. 12 lid 3), by the privacy officer of the contact person's
	 * organisation.
	 */
	DATA_REQUEST(Period.ofMonths(1), Role.PRIVACY_OFFICER),

	/**
	 * A request to destroy the file before its retention period ends (Jeugdwet art.
	 * 7.3.10: destroyed within three months of the request, unless the law or someone
	 * else's vital interest stands in the way). Handled by the region's privacy officers,
	 * who grant it for a closed file (it is destroyed at once) or answer why not.
	 */
	DESTRUCTION_REQUEST(Period.ofMonths(3), Role.PRIVACY_OFFICER);

	private final Period term;

	private final Role handler;

	ObjectionKind(Period term, Role handler) {
		this.term = term;
		this.handler = handler;
	}

	/** The last day of the legal term for what was received on this day. */
	public LocalDate dueOn(LocalDate received) {
		return received.plus(term);
	}

	/** The role that handles it, in the contact person's organisation. */
	public Role handler() {
		return handler;
	}

}
