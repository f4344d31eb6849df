package nl.kernteam.identity;

import java.util.Collection;
import java.util.List;

import nl.kernteam.shared.FamilyMember;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A logged-in family member: only the authority {@code ROLE_FAMILY}, which reaches the
 * family's own pages and nothing of the professionals'. Logged in with a password, or
 * through DigiD ({@link OidcFamilyMember}).
 */
class FamilyUser extends LocalAccount implements FamilyMember.Principal {

	static final String AUTHORITY = "ROLE_FAMILY";

	private final FamilyMember member;

	FamilyUser(FamilyAccount account, String passwordHash, boolean locked, boolean demo) {
		super(account.username(), passwordHash, locked, demo);
		this.member = new FamilyMember(account.id(), account.householdId(), account.memberId(), account.memberName());
	}

	@Override
	public final FamilyMember familyMember() {
		return member;
	}

	@Override
	public final Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(AUTHORITY));
	}

}
