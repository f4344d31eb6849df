package nl.kernteam.network;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The network around a household at a moment: the contact person, the director (the
 * contact person unless someone else was appointed), every involvement (history included;
 * {@link #current()} those of the moment), the number of handovers so far, and the
 * emergency accesses.
 */
public record NetworkDetails(UUID householdId, String householdName, Instant at, PersonRef contactPerson,
		PersonRef director, boolean directorIsContactPerson, List<InvolvementRow> involvements, int handovers,
		List<EmergencyAccessRow> emergencyAccesses) {

	/** The involvements that were running at {@link #at}. */
	@JsonIgnore
	public List<InvolvementRow> current() {
		return involvements.stream()
			.filter(i -> !i.startedAt().isAfter(at) && (i.endedAt() == null || i.endedAt().isAfter(at)))
			.toList();
	}

	/** Involvements that had ended by {@link #at}. */
	@JsonIgnore
	public List<InvolvementRow> past() {
		return involvements.stream().filter(i -> i.endedAt() != null && !i.endedAt().isAfter(at)).toList();
	}

	/**
	 * The core team besides the family: the contact person and the professionals involved
	 * as core team (on escalation, the regional safety team professional).
	 */
	@JsonIgnore
	public List<InvolvementRow> coreTeam() {
		return current().stream().filter(i -> i.role() == InvolvementRole.CORE_TEAM).toList();
	}

	public boolean isManagedBy(UUID professionalId) {
		return (contactPerson != null && contactPerson.professionalId().equals(professionalId))
				|| (director != null && director.professionalId().equals(professionalId));
	}
}
