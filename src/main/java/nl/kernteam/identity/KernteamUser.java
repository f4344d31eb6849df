package nl.kernteam.identity;

import java.util.Collection;
import java.util.List;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ActorPrincipal;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in professional. Equal by username, so that the session registry finds their
 * sessions.
 */
final class KernteamUser implements UserDetails, CredentialsContainer, ActorPrincipal {

	private final Actor actor;

	private final String username;

	private String passwordHash;

	private final boolean active;

	private final boolean locked;

	private final boolean demo;

	KernteamUser(ProfessionalSummary professional, String passwordHash, boolean demo) {
		this.actor = new Actor(professional.id(), professional.name(), professional.organisationId(),
				professional.organisationName(), professional.organisationType(), professional.roles());
		this.username = professional.username();
		this.passwordHash = passwordHash;
		this.active = professional.active();
		this.locked = professional.locked();
		this.demo = demo;
	}

	/** One of the demo region's accounts, whose password is published. */
	boolean demo() {
		return demo;
	}

	@Override
	public Actor actor() {
		return actor;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = actor.roles()
			.stream()
			.map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
			.toList();
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return active;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof KernteamUser user && user.username.equals(username);
	}

	@Override
	public int hashCode() {
		return username.hashCode();
	}

	@Override
	public String toString() {
		return "KernteamUser[" + username + "]";
	}

}
