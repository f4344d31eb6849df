package nl.kernteam.identity;

import java.util.Collection;
import java.util.List;

import nl.kernteam.shared.FamilyMember;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A logged-in family member: only the authority {@code ROLE_FAMILY}, which reaches the
 * family's own pages and nothing of the professionals'. Equal by username, so that the
 * session registry finds their sessions.
 */
final class FamilyUser implements UserDetails, CredentialsContainer, FamilyMember.Principal {

	static final String AUTHORITY = "ROLE_FAMILY";

	private final FamilyMember member;

	private final String username;

	private String passwordHash;

	private final boolean locked;

	private final boolean demo;

	FamilyUser(FamilyAccount account, String passwordHash, boolean locked, boolean demo) {
		this.demo = demo;
		this.member = new FamilyMember(account.id(), account.householdId(), account.memberId(), account.memberName());
		this.username = account.username();
		this.passwordHash = passwordHash;
		this.locked = locked;
	}

	/** One of the demo region's family accounts, whose password is published. */
	boolean demo() {
		return demo;
	}

	@Override
	public FamilyMember familyMember() {
		return member;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(AUTHORITY));
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
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof FamilyUser user && user.username.equals(username);
	}

	@Override
	public int hashCode() {
		return username.hashCode();
	}

	@Override
	public String toString() {
		return "FamilyUser[" + username + "]";
	}

}
