package nl.kernteam.identity;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.Role;

/** The administrator's form for a professional; the password only when creating. */
class ProfessionalForm {

	private String username;

	private String password;

	@NotBlank
	@Size(max = 200)
	private String name;

	private UUID organisationId;

	@NotEmpty(message = "{identity.roles.required}")
	private Set<Role> roles = EnumSet.of(Role.PROFESSIONAL);

	@Email
	private String email;

	@Size(max = 40)
	private String phone;

	private int version;

	static ProfessionalForm of(ProfessionalSummary professional, int version) {
		var form = new ProfessionalForm();
		form.username = professional.username();
		form.name = professional.name();
		form.organisationId = professional.organisationId();
		form.roles = EnumSet.copyOf(professional.roles());
		form.email = professional.email();
		form.phone = professional.phone();
		form.version = version;
		return form;
	}

	CreateProfessional toCreate() {
		return new CreateProfessional(username, password, name, organisationId, roles, email, phone);
	}

	UpdateProfessional toUpdate() {
		return new UpdateProfessional(name, organisationId, roles, email, phone, version);
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public UUID getOrganisationId() {
		return organisationId;
	}

	public void setOrganisationId(UUID organisationId) {
		this.organisationId = organisationId;
	}

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}
}
