package nl.kernteam.household;

import nl.kernteam.shared.validation.PlausibleDate;
import nl.kernteam.shared.validation.ReadableName;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** One member row of the household form. */
class MemberForm {

	private UUID id;

	@NotBlank(message = "{household.member.givenName.required}")
	@Size(max = 100)
	@ReadableName
	private String givenName;

	@NotBlank(message = "{household.member.familyName.required}")
	@Size(max = 100)
	@ReadableName
	private String familyName;

	@NotNull(message = "{household.member.birthDate.required}")
	@PastOrPresent(message = "{household.member.birthDate.future}")
	@PlausibleDate
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate birthDate;

	@NotNull(message = "{household.member.role.required}")
	private MemberRole role;

	@ValidBsn
	@Size(max = 20)
	private String bsn;

	private boolean removed;

	MemberInput toInput() {
		return new MemberInput(id, givenName, familyName, birthDate, role, bsn, removed);
	}

	public UUID getId() {
		return id;
	}

	public void setId(UUID id) {
		this.id = id;
	}

	public String getGivenName() {
		return givenName;
	}

	public void setGivenName(String givenName) {
		this.givenName = givenName;
	}

	public String getFamilyName() {
		return familyName;
	}

	public void setFamilyName(String familyName) {
		this.familyName = familyName;
	}

	public LocalDate getBirthDate() {
		return birthDate;
	}

	public void setBirthDate(LocalDate birthDate) {
		this.birthDate = birthDate;
	}

	public MemberRole getRole() {
		return role;
	}

	public void setRole(MemberRole role) {
		this.role = role;
	}

	public String getBsn() {
		return bsn;
	}

	public void setBsn(String bsn) {
		this.bsn = bsn;
	}

	public boolean isRemoved() {
		return removed;
	}

	public void setRemoved(boolean removed) {
		this.removed = removed;
	}
}
