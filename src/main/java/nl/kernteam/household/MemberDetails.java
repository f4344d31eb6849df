package nl.kernteam.household;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A member as pages and the API show it. The BSN is shown masked, never in full. */
public record MemberDetails(UUID id, String givenName, String familyName, LocalDate birthDate, MemberRole role,
		String bsnMasked, String phone, String email, Residence residence, Gender gender) {

	public MemberDetails(UUID id, String givenName, String familyName, LocalDate birthDate, MemberRole role,
			String bsnMasked) {
		this(id, givenName, familyName, birthDate, role, bsnMasked, null, null, Residence.HERE, null);
	}

	@JsonProperty("livesHere")
	public boolean livesHere() {
		return residence == null || residence.livesHere();
	}

	public String fullName() {
		return givenName + " " + familyName;
	}

	public int ageOn(LocalDate day) {
		return Period.between(birthDate, day).getYears();
	}
}
