package nl.kernteam.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.OrganisationType;

class OrganisationForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotNull
	private OrganisationType type;

	@Size(max = 40)
	private String phone;

	@Email
	private String email;

	CreateOrganisation toCommand() {
		return new CreateOrganisation(name, type, phone, email);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public OrganisationType getType() {
		return type;
	}

	public void setType(OrganisationType type) {
		this.type = type;
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

}
