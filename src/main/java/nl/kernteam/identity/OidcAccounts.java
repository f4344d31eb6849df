package nl.kernteam.identity;

import java.time.Clock;
import java.util.List;

import nl.kernteam.shared.Bsn;
import nl.kernteam.shared.PersonalDataCipher;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns a user the provider vouches for into a Kernteam account: a professional by the
 * username claim, a family member by the BSN the DigiD broker delivers (looked up by its
 * fingerprint, never stored). The account must exist and be let in as after a password
 * login (active, not locked, no demo account outside demo mode); otherwise the login is
 * refused with {@value #NO_PROFESSIONAL} or {@value #NO_FAMILY_ACCOUNT}.
 */
final class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

	static final String NO_PROFESSIONAL = "kernteam_no_professional";

	static final String NO_FAMILY_ACCOUNT = "kernteam_no_family_account";

	private static final int MAX_USERNAME = 100;

	private final OidcUserService provider = new OidcUserService();

	private final OidcSettings settings;

	private final ProfessionalRepository professionals;

	private final FamilyAccountRepository families;

	private final PersonalDataCipher cipher;

	private final UserDetailsChecker checks;

	private final Clock clock;

	OidcAccounts(OidcSettings settings, ProfessionalRepository professionals, FamilyAccountRepository families,
			PersonalDataCipher cipher, UserDetailsChecker checks, Clock clock) {
		this.settings = settings;
		this.professionals = professionals;
		this.families = families;
		this.cipher = cipher;
		this.checks = checks;
		this.clock = clock;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = provider.loadUser(request);
		if (OidcRegistrations.FAMILIES.equals(request.getClientRegistration().getRegistrationId())) {
			return checked(familyMember(user), NO_FAMILY_ACCOUNT);
		}
		return checked(professional(user), NO_PROFESSIONAL);
	}

	private OidcProfessional professional(OidcUser user) {
		String username = user.getClaimAsString(settings.professionals().usernameClaim());
		if (username == null || username.isBlank() || username.length() > MAX_USERNAME) {
			throw refused(NO_PROFESSIONAL);
		}
		return professionals.credentials(username)
			.map(found -> new OidcProfessional(found.professional(), found.demo(), user.getIdToken()))
			.orElseThrow(() -> refused(NO_PROFESSIONAL));
	}

	private OidcFamilyMember familyMember(OidcUser user) {
		String bsnClaim = settings.families().bsnClaim();
		String bsn = user.getClaimAsString(bsnClaim);
		if (bsn == null || !Bsn.isValid(bsn)) {
			throw refused(NO_FAMILY_ACCOUNT);
		}
		List<FamilyAccountRepository.Credentials> found = families
			.credentialsByBsnFingerprint(cipher.fingerprint(Bsn.canonical(bsn)));
		if (found.size() != 1) {
			// none, or accounts in two households: those log in with their username
			throw refused(NO_FAMILY_ACCOUNT);
		}
		var credentials = found.get(0);
		var lockedUntil = credentials.account().lockedUntil();
		boolean locked = lockedUntil != null && lockedUntil.isAfter(clock.instant());
		return new OidcFamilyMember(credentials, locked, user.getIdToken(), bsnClaim);
	}

	private <T extends UserDetails & OidcUser> T checked(T account, String refusal) {
		try {
			checks.check(account);
		}
		catch (AccountStatusException ex) {
			throw refused(refusal);
		}
		return account;
	}

	private static OAuth2AuthenticationException refused(String code) {
		return new OAuth2AuthenticationException(new OAuth2Error(code));
	}

}
