package nl.kernteam.support;

import java.util.Collection;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ActorPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A logged-in professional for MockMvc page tests, without going through the login form
 * each time.
 */
public record TestPrincipal(Actor actor, String username) implements UserDetails, ActorPrincipal {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return actor.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
	}

	@Override
	public String getPassword() {
		return "";
	}

	@Override
	public String getUsername() {
		return username;
	}
}
