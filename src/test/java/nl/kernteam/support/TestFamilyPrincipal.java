package nl.kernteam.support;

import java.util.Collection;
import java.util.List;

import nl.kernteam.shared.FamilyMember;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A logged-in family member for MockMvc page tests, with the one authority a family
 * account has.
 */
public record TestFamilyPrincipal(FamilyMember familyMember,
		String username) implements UserDetails, FamilyMember.Principal {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_FAMILY"));
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
