package nl.kernteam.shared;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

/**
 * A family member logged in to their own household's pages: a parent, a carer or a young
 * person from 12. Not a professional: a family member is never an {@link Actor} of a
 * professional page or endpoint; security lets them reach only {@code /family/**} and
 * {@code /api/v1/family/**}.
 *
 * @param accountId the family account
 * @param householdId the one household the account belongs to
 * @param memberId the member of that household the account is for
 * @param name the member's name, for the page and the access log
 */
public record FamilyMember(UUID accountId, UUID householdId, UUID memberId, String name) implements Serializable {

	/**
	 * The member as the author of an access-log row: no organisation, no role, so that no
	 * professional rule can ever grant them anything.
	 */
	public Actor asActor() {
		return new Actor(accountId, name, null, null, null, Set.of());
	}

	/** Implemented by the logged-in principal of a family account. */
	public interface Principal {

		FamilyMember familyMember();

	}

}
