package nl.kernteam.portal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import nl.kernteam.audit.AccessAction;
import nl.kernteam.audit.AccessLogEntry;
import nl.kernteam.household.HouseholdItem;

/**
 * One line of "who looked at the file" for the family: who, for which organisation, what
 * they did to which kinds of data, in plain words, and whether it was an emergency
 * access.
 *
 * @param what the kinds of data touched, in the order logged, each once
 * @param self whether the family member themselves did it
 */
record FamilyLogEntry(Instant at, String actorName, String organisationName, AccessAction action,
		List<HouseholdItem> what, boolean emergency, boolean self) {

	static FamilyLogEntry of(AccessLogEntry entry, String selfName) {
		List<HouseholdItem> what = Arrays.stream(entry.resource().split(","))
			.map(String::trim)
			.filter(part -> !part.isEmpty())
			.map(HouseholdItem::of)
			.distinct()
			.toList();
		if (entry.action() == AccessAction.SEARCH) {
			what = List.of();
		}
		boolean self = entry.organisationName() == null && selfName.equals(entry.actorName());
		return new FamilyLogEntry(entry.at(), entry.actorName(), entry.organisationName(), entry.action(), what,
				entry.emergency(), self);
	}

}
