package nl.kernteam.household;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/** A member as pages and the API show it. The BSN is shown masked, never in full. */
public record MemberDetails(UUID id, String givenName, String familyName, LocalDate birthDate, MemberRole role,
		String bsnMasked) {

	public String fullName() {
		return givenName + " " + familyName;
	}

	public int ageOn(LocalDate day) {
		return Period.between(birthDate, day).getYears();
	}
}
