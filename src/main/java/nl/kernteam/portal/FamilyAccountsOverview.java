package nl.kernteam.portal;

import java.util.List;
import java.util.UUID;

import nl.kernteam.identity.FamilyAccount;

/**
 * The family's own accounts on the household page: each member of 12 or older, with the
 * account they have, if any.
 *
 * @param mayManage whether the viewer invites, gives new codes and ends accounts (the
 * contact person)
 */
public record FamilyAccountsOverview(UUID householdId, boolean mayManage, List<Row> rows) {

	/**
	 * @param account the member's live account, or {@code null}
	 * @param status where it stands ({@code FamilyAccount.Status}), or {@code NONE}
	 * without one
	 */
	public record Row(UUID memberId, String name, int age, FamilyAccount account, String status) {
	}

}
