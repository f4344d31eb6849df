package nl.kernteam.household;

import nl.kernteam.shared.validation.PlausibleDate;
import nl.kernteam.shared.validation.ReadableName;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Email;
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

	@Size(max = 40)
	@nl.kernteam.shared.validation.PhoneNumber
	private String phone;

	@Size(max = 200)
	@Email(message = "{household.member.email.invalid}")
	private String email;

	private Residence residence = Residence.HERE;

	private Gender gender;

	MemberInput toInput() {
		return new MemberInput(id, givenName, familyName, birthDate, role, bsn, removed, phone, email, null, residence,
				gender);
	}

	static MemberForm of(MemberDetails member, String bsn) {
		var row = new MemberForm();
		row.id = member.id();
		row.givenName = member.givenName();
		row.familyName = member.familyName();
		row.birthDate = member.birthDate();
		row.role = member.role();
		row.bsn = bsn;
		row.phone = member.phone();
		row.email = member.email();
		row.residence = member.residence();
		row.gender = member.gender();
		return row;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public Gender getGender() {
		return gender;
	}

	public void setGender(Gender gender) {
		this.gender = gender;
	}

	public Residence getResidence() {
		return residence;
	}

	public void setResidence(Residence residence) {
		this.residence = residence;
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
