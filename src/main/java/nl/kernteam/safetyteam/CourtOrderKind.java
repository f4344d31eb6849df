package nl.kernteam.safetyteam;

import java.time.LocalDate;

/**
 * The court orders about a child (Burgerlijk Wetboek Boek 1) and how long the court may
 * decide each at most; the dates themselves are recorded as decided.
 */
public enum CourtOrderKind {

	/** Voorlopige ondertoezichtstelling: at most 3 months, no appeal, not extended. */
	PROVISIONAL_SUPERVISION,
	/** Ondertoezichtstelling (1:255): at most 1 year, each extension at most 1 year. */
	SUPERVISION,
	/**
	 * Machtiging uithuisplaatsing: at most 1 year, extendable by a year; lapses unused.
	 */
	PLACEMENT,
	/**
	 * Spoedmachtiging without a hearing: lapses after 2 weeks unless the parties were
	 * heard; heard, it may run as a placement order does.
	 */
	EMERGENCY_PLACEMENT,
	/**
	 * Gezagsbeëindigende maatregel (1:266): parental authority ends, the agency becomes
	 * guardian; no end before the child comes of age.
	 */
	CUSTODY;

	/**
	 * The latest end the court may decide for an order starting on {@code startsOn}; for
	 * custody the child's 18th birthday.
	 */
	LocalDate latestEnd(LocalDate startsOn, boolean partiesHeard, LocalDate birthDate) {
		return switch (this) {
			case PROVISIONAL_SUPERVISION -> startsOn.plusMonths(3);
			case SUPERVISION, PLACEMENT -> startsOn.plusYears(1);
			case EMERGENCY_PLACEMENT -> partiesHeard ? startsOn.plusYears(1) : startsOn.plusWeeks(2);
			case CUSTODY -> birthDate.plusYears(18);
		};
	}

	/** Whether the court may extend it (by at most a year each time). */
	public boolean extendable() {
		return this == SUPERVISION || this == PLACEMENT;
	}

	/** Whether it is a placement order, which lapses when not used. */
	public boolean placement() {
		return this == PLACEMENT || this == EMERGENCY_PLACEMENT;
	}

	/** Whether the agency may give written instructions under it. */
	public boolean supervision() {
		return this == SUPERVISION || this == PROVISIONAL_SUPERVISION;
	}

}
