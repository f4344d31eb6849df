package nl.kernteam.identity;

import java.util.Collection;
import java.util.List;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ActorPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The logged-in professional: their roles as authorities, and the {@link Actor}. Logged
 * in with a password, or through the organisation's identity provider
 * ({@link OidcProfessional}): the same roles and checks either way.
 */
class KernteamUser extends LocalAccount implements ActorPrincipal {

	private final Actor actor;

	private final boolean active;

	KernteamUser(ProfessionalSummary professional, String passwordHash, boolean demo) {
		super(professional.username(), passwordHash, professional.locked(), demo);
		this.actor = new Actor(professional.id(), professional.name(), professional.organisationId(),
				professional.organisationName(), professional.organisationType(), professional.roles());
		this.active = professional.active();
	}

	@Override
	public final Actor actor() {
		return actor;
	}

	@Override
	public final Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = actor.roles()
			.stream()
			.map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
			.toList();
		return authorities;
	}

	@Override
	public final boolean isEnabled() {
		return active;
	}

}
