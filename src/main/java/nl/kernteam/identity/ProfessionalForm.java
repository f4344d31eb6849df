package nl.kernteam.identity;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.validation.Password;

/** The administrator's form for a professional; the password only when creating. */
class ProfessionalForm {

	@NotNull(message = "{identity.username.pattern}", groups = Creating.class)
	@Pattern(regexp = "[A-Za-z0-9._@-]{3,60}", message = "{identity.username.pattern}", groups = Creating.class)
	private String username;

	@Password(groups = Creating.class)
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

	/**
	 * The checks only a new professional's form needs: the username and password are set
	 * once.
	 */
	interface Creating {

	}

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
