package nl.kernteam.portal;

import java.util.List;
import java.util.UUID;

/**
 * Who of the family has their own Kernteam, on the household page as it shows (issue 19):
 * every text and form action made once in Java, so that its template only places them.
 *
 * @param mayManage whether the viewer invites, gives new codes and ends accounts
 */
record FamilyAccountsView(boolean mayManage, List<Row> rows) {

	/**
	 * A member of 12 or older. The forms' actions and texts are there only for whoever
	 * may manage: {@code inviteAction} without an account, {@code codeAction} and
	 * {@code endAction} with one; {@code codeUntil} is null without a code.
	 */
	record Row(UUID memberId, String name, String age, String status, String codeUntil, String inviteAction,
			String inviteText, String codeAction, String codeText, String endAction, String endText) {
	}

}
