package nl.kernteam.portal;

import java.util.List;
import java.util.UUID;

import nl.kernteam.shared.web.CsrfField;

/**
 * Who of the family has their own Kernteam, on the household page as it shows (issue 19):
 * every text and form action made once in Java, so that
 * {@code portal/accounts-section.jte} only places them.
 *
 * @param intro what an own Kernteam is and who hands out the code
 * @param nobody "nobody of 12 or older", shown without rows
 * @param mayManage whether the viewer invites, gives new codes and ends accounts
 * @param csrf the forms' CSRF field, {@code null} without one
 */
record FamilyAccountsView(String title, String intro, String nobody, boolean mayManage, List<Row> rows,
		CsrfField csrf) {

	/**
	 * A member of 12 or older. The forms' actions and texts are there only for whoever
	 * may manage: {@code inviteAction} without an account, {@code codeAction} and
	 * {@code endAction} with one; {@code codeUntil} is null without a code.
	 */
	record Row(UUID memberId, String name, String age, String status, String codeUntil, String inviteAction,
			String inviteText, String codeAction, String codeText, String endAction, String endText) {
	}

}
