package nl.kernteam.identity;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * What a professional's and a family member's local account share as a logged-in
 * principal: a normalised username, a password hash erased after login, a lock, the demo
 * mark. Equal by username, so that the session registry finds an account's sessions (to
 * end them when it is deactivated or ended).
 */
abstract class LocalAccount implements UserDetails, CredentialsContainer {

	private final String username;

	private String passwordHash;

	private final boolean locked;

	private final boolean demo;

	LocalAccount(String username, String passwordHash, boolean locked, boolean demo) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.locked = locked;
		this.demo = demo;
	}

	/** One of the demo region's accounts, whose password is published. */
	final boolean demo() {
		return demo;
	}

	@Override
	public final String getPassword() {
		return passwordHash;
	}

	@Override
	public final String getUsername() {
		return username;
	}

	@Override
	public final boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public final void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public final boolean equals(Object other) {
		return other instanceof LocalAccount account && account.getClass() == getClass()
				&& account.username.equals(username);
	}

	@Override
	public final int hashCode() {
		return username.hashCode();
	}

	@Override
	public final String toString() {
		return getClass().getSimpleName() + "[" + username + "]";
	}

}
