package nl.kernteam.household;

import java.util.List;
import java.util.UUID;

/**
 * The households of one family system, as seen by one professional: the households they
 * may see with their members, the others only as "a household" with its contact person,
 * so that they know whom to call.
 *
 * @param households the household asked about first, then the others by how they connect
 * @param links how they connect: links made on purpose and members shared by two
 * households
 */
public record FamilySystem(List<Household> households, List<Connection> links) {

	/**
	 * One household of the family system; {@code name} and {@code members} only when
	 * {@code visible}.
	 */
	public record Household(UUID id, String name, ContactPerson contactPerson, boolean visible,
			List<MemberDetails> members) {
	}

	public record ContactPerson(String name, String organisationName) {
	}

	/**
	 * {@code kind} is a {@link LinkKind} or {@code SHARED_MEMBER}: someone is a member of
	 * both.
	 */
	public record Connection(UUID householdId, UUID otherHouseholdId, String kind) {
	}
}
