package nl.kernteam.signal;

import java.time.Instant;
import java.util.UUID;

/**
 * Another organisation with an active signal on the same person or family as one of the
 * reader's own signals: who to call, never why they are involved.
 *
 * @param signalId the reader's own signal that matched
 * @param signalHint how the reader's organisation recognises that signal ("••••••123",
 * initials)
 * @param contact the other professional's phone and e-mail and their organisation's
 * phone, as one line
 * @param contactDetails the same, field by field
 * @param since when the match arose: the later of the two registrations
 */
public record SignalMatch(UUID signalId, String signalHint, MatchKind kind, String organisationName,
		String professionalName, String contact, ContactDetails contactDetails, Instant since) {

	/**
	 * The other professional's contact details, and their organisation's; any of them may
	 * be missing.
	 */
	public record ContactDetails(String phone, String email, String organisationPhone, String organisationEmail) {

		/**
		 * "06 12 34 56 78 · naam@org.nl · organisatie 010 123 4567" without the parts
		 * that are missing.
		 */
		String line(String organisationLabel) {
			var parts = new java.util.ArrayList<String>();
			add(parts, phone);
			add(parts, email);
			if (organisationPhone != null && !organisationPhone.isBlank()) {
				parts.add(organisationLabel + " " + organisationPhone.trim());
			}
			else if (organisationEmail != null && !organisationEmail.isBlank()) {
				parts.add(organisationLabel + " " + organisationEmail.trim());
			}
			return String.join(" · ", parts);
		}

		private static void add(java.util.List<String> parts, String value) {
			if (value != null && !value.isBlank()) {
				parts.add(value.trim());
			}
		}
	}
}
