package nl.kernteam.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.NotFoundException;
import nl.kernteam.shared.Reads;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The family accounts: invited by the contact person, activated by the member with a
 * one-time code, ended by the contact person. Whether the caller may do this to the
 * household, and whether the member may have an account (age), is decided by the caller
 * (the portal) through the household's access decision; this guards the account's own
 * rules. The code itself is returned once and never stored.
 *
 * @throws ConflictException when the member already has a live account
 * @throws NotFoundException for an account not of this household, or ended
 * @throws InvalidInputException for an unknown, used or expired code
 * ({@code activationCode}) or a taken username ({@code username})
 */
@Service
@Validated
public class FamilyAccounts {

	/**
	 * The request attribute an activation page sets on a wrong code, so that it counts as
	 * a failed login of the client's address.
	 */
	public static final String ACTIVATION_FAILED = "kernteam.activationFailed";

	private final FamilyAccountRepository accounts;

	private final ProfessionalRepository professionals;

	private final PasswordEncoder passwordEncoder;

	private final OpenSessions sessions;

	private final Clock clock;

	private final FamilyAccountSettings settings;

	private final ActivationCodes codes = new ActivationCodes();

	FamilyAccounts(FamilyAccountRepository accounts, ProfessionalRepository professionals,
			PasswordEncoder passwordEncoder, OpenSessions sessions, Clock clock, FamilyAccountSettings settings) {
		this.accounts = accounts;
		this.professionals = professionals;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
		this.clock = clock;
		this.settings = settings;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public Invitation invite(Actor by, UUID household, UUID member, String memberName) {
		Instant now = clock.instant();
		String code = codes.next();
		UUID id = UUID.randomUUID();
		Instant expires = now.plus(settings.codeValidity());
		if (!accounts.insert(id, household, member, memberName, by.professionalId(), ActivationCodes.hash(code), now,
				expires)) {
			throw new ConflictException("portal.account.exists");
		}
		return new Invitation(id, code, expires);
	}

	/** A new one-time code for a lost password or an expired code. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Invitation newCode(UUID household, UUID account) {
		live(household, account);
		String code = codes.next();
		Instant expires = clock.instant().plus(settings.codeValidity());
		accounts.newCode(account, ActivationCodes.hash(code), expires);
		return new Invitation(account, code, expires);
	}

	/**
	 * Ends the account; its open sessions end at once. Ending an ended account changes
	 * nothing.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void end(Actor by, UUID household, UUID account) {
		var current = accounts.find(account)
			.filter(found -> found.householdId().equals(household))
			.orElseThrow(() -> new NotFoundException("family account " + account));
		if (accounts.end(account, household, by.professionalId(), clock.instant()) && current.username() != null) {
			sessions.endAllOf(current.username());
		}
	}

	/**
	 * Deletes every account of a household whose file is destroyed, ended ones too; their
	 * open sessions end at once.
	 * @return the number of accounts deleted
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int destroyAllOf(UUID household) {
		var usernames = accounts.deleteAllOf(household);
		usernames.stream().filter(username -> !username.isEmpty()).forEach(sessions::endAllOf);
		return usernames.size();
	}

	/**
	 * Activates an account with its code (or sets a new password with a new code).
	 * @return the account activated
	 */
	@Transactional
	public FamilyAccount activate(@Valid ActivateFamilyAccount command) {
		String username = command.username();
		var account = accounts.claim(ActivationCodes.hash(command.activationCode()), clock.instant())
			.orElseThrow(() -> new InvalidInputException("activationCode", "portal.activation.codeInvalid"));
		boolean keepsName = account.username() != null && account.username().equals(Usernames.normalise(username));
		if (!keepsName && professionals.usernameTaken(username)) {
			throw new InvalidInputException("username", "identity.username.taken");
		}
		accounts.activate(account.id(), username, passwordEncoder.encode(command.password()), clock.instant());
		if (account.username() != null) {
			sessions.endAllOf(account.username());
		}
		return accounts.find(account.id()).orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<FamilyAccount> ofHousehold(UUID household) {
		return accounts.ofHousehold(household);
	}

	/** The household's accounts, read with a page's other reads. */
	public Supplier<List<FamilyAccount>> ofHousehold(UUID household, Reads reads) {
		return accounts.ofHousehold(household, reads);
	}

	@Transactional(readOnly = true)
	public Optional<FamilyAccount> find(UUID account) {
		return accounts.find(account);
	}

	private FamilyAccount live(UUID household, UUID account) {
		return accounts.find(account)
			.filter(found -> found.householdId().equals(household) && found.endedAt() == null)
			.orElseThrow(() -> new NotFoundException("family account " + account));
	}

	/** A code to hand over, shown once. */
	public record Invitation(UUID accountId, String activationCode, Instant expiresAt) {
	}

}
