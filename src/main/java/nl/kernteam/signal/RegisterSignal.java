package nl.kernteam.signal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.validation.ReadableName;
import nl.kernteam.shared.validation.PlausibleDate;

/**
 * "My organisation is involved with this person." A BSN, or, for someone without one,
 * given name, family name and date of birth. There is no field for a reason, on purpose.
 *
 * @param id optional, chosen by the client so that sending the same registration twice
 * creates one signal
 * @param bsn the person's BSN; must pass the 11-test
 * @param birthDate with a BSN optional; used only to end the signal when a young person
 * reaches the age limit
 */
public record RegisterSignal(UUID id, @Size(max = 20) @PlainText(singleLine = true) String bsn,
		@Size(max = 100) @ReadableName String givenName, @Size(max = 100) @ReadableName String familyName,
		@PlausibleDate LocalDate birthDate,
		@Size(max = RegisterSignal.MAX_REFERENCE) @PlainText(singleLine = true) String reference) {

	/**
	 * The own organisation's reference (a file number, initials): short, never a reason.
	 */
	public static final int MAX_REFERENCE = 30;

	public RegisterSignal(UUID id, String bsn, String givenName, String familyName, LocalDate birthDate) {
		this(id, bsn, givenName, familyName, birthDate, null);
	}

	public static RegisterSignal bsn(String bsn) {
		return new RegisterSignal(null, bsn, null, null, null);
	}

	public static RegisterSignal person(String givenName, String familyName, @PlausibleDate LocalDate birthDate) {
		return new RegisterSignal(null, null, givenName, familyName, birthDate);
	}
}
