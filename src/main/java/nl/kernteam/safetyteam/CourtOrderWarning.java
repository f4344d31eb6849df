package nl.kernteam.safetyteam;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What needs doing about a running court order, on a given day, and by when: computed
 * from the order's dates, never stored.
 */
public record CourtOrderWarning(Kind kind, LocalDate due, boolean overdue) {

	/** A placement order not used within 3 months lapses. */
	static final int UNUSED_PLACEMENT_LAPSES_MONTHS = 3;

	/** An emergency order without a hearing lapses after 2 weeks. */
	static final int HEARING_WITHIN_WEEKS = 2;

	public enum Kind {

		/** An extendable order ends within the warning period: request the extension. */
		REQUEST_EXTENSION,
		/** An emergency placement order whose parties were not heard yet. */
		HEARING_NEEDED,
		/** A placement order not used yet lapses 3 months after its start. */
		PLACEMENT_LAPSES

	}

	/**
	 * The warnings of an order on {@code today}: none once it has ended or stopped;
	 * {@code extensionWeeks} ahead of the end for an extendable order.
	 */
	static List<CourtOrderWarning> of(CourtOrderKind kind, LocalDate startsOn, LocalDate endsOn,
			LocalDate partiesHeardOn, LocalDate placementStartedOn, LocalDate today, int extensionWeeks) {
		var warnings = new ArrayList<CourtOrderWarning>();
		if (endsOn.isBefore(today)) {
			return warnings;
		}
		if (kind.extendable() && !today.isBefore(endsOn.minusWeeks(extensionWeeks))) {
			warnings.add(new CourtOrderWarning(Kind.REQUEST_EXTENSION, endsOn, false));
		}
		if (kind == CourtOrderKind.EMERGENCY_PLACEMENT && partiesHeardOn == null) {
			LocalDate due = startsOn.plusWeeks(HEARING_WITHIN_WEEKS);
			warnings.add(new CourtOrderWarning(Kind.HEARING_NEEDED, due, due.isBefore(today)));
		}
		if (kind == CourtOrderKind.PLACEMENT && placementStartedOn == null && !today.isBefore(startsOn)) {
			LocalDate due = startsOn.plusMonths(UNUSED_PLACEMENT_LAPSES_MONTHS);
			warnings.add(new CourtOrderWarning(Kind.PLACEMENT_LAPSES, due, due.isBefore(today)));
		}
		return warnings;
	}

}
