package nl.kernteam.identity;

import nl.kernteam.shared.validation.PlausibleDate;
import nl.kernteam.shared.validation.ReadableName;
import nl.kernteam.shared.validation.Password;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.NotFoundException;
import nl.kernteam.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Every change to organisations and professional accounts. Callers check the
 * administrator role; this class guards the rules of the data itself.
 *
 * @throws InvalidInputException for a taken name or username, an unknown organisation, or
 * a professional without organisation who is not a functional administrator
 * @throws NotFoundException for an unknown professional
 * @throws ConflictException for an update based on a stale version
 */
@Service
@Validated
@Transactional
public class IdentityManagement {

	private final OrganisationRepository organisations;

	private final ProfessionalRepository professionals;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final OpenSessions sessions;

	IdentityManagement(OrganisationRepository organisations, ProfessionalRepository professionals,
			PasswordEncoder passwordEncoder, ApplicationEventPublisher events, OpenSessions sessions) {
		this.sessions = sessions;
		this.organisations = organisations;
		this.professionals = professionals;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
	}

	public OrganisationSummary createOrganisation(@Valid CreateOrganisation command) {
		if (organisations.nameTaken(command.name())) {
			throw new InvalidInputException("name", "identity.organisation.nameTaken");
		}
		UUID id = UUID.randomUUID();
		organisations.insert(id, command);
		return organisations.find(id).orElseThrow();
	}

	public ProfessionalSummary createProfessional(@Valid CreateProfessional command) {
		if (professionals.usernameTaken(command.username())) {
			throw new InvalidInputException("username", "identity.username.taken");
		}
		checkOrganisation(command.organisationId(), command.roles().contains(Role.FUNCTIONAL_ADMIN));
		UUID id = UUID.randomUUID();
		professionals.insert(id, command, passwordEncoder.encode(command.password()));
		return professionals.find(id).orElseThrow();
	}

	public ProfessionalSummary updateProfessional(Actor by, UUID id, @Valid UpdateProfessional command) {
		var current = professionals.find(id).orElseThrow(() -> new NotFoundException("professional " + id));
		checkOrganisation(command.organisationId(), command.roles().contains(Role.FUNCTIONAL_ADMIN));
		if (current.active() && current.organisationId() != null
				&& !current.organisationId().equals(command.organisationId())) {
			// Moving to another organisation is, for the households, leaving the old one.
			events.publishEvent(new ProfessionalDeactivating(id, by));
		}
		if (!professionals.update(id, command)) {
			throw new ConflictException("error.conflict");
		}
		// new roles or organisation apply from the next login
		sessions.endAllOf(current.username());
		return professionals.find(id).orElseThrow();
	}

	/**
	 * Deactivates an account and ends its open sessions at once; listeners may refuse
	 * while the professional still holds duties.
	 */
	public void deactivate(Actor by, UUID id) {
		var current = professionals.find(id).orElseThrow(() -> new NotFoundException("professional " + id));
		if (!current.active()) {
			return;
		}
		events.publishEvent(new ProfessionalDeactivating(id, by));
		professionals.setActive(id, false);
		sessions.endAllOf(current.username());
	}

	public void activate(UUID id) {
		professionals.find(id).orElseThrow(() -> new NotFoundException("professional " + id));
		professionals.setActive(id, true);
	}

	/**
	 * Sets a new password; also lifts a lock after failed logins, and ends the account's
	 * open sessions, so that whoever knew the old password and is logged in with it is
	 * logged out.
	 */
	public void resetPassword(UUID id, @Password String password) {
		var current = professionals.find(id).orElseThrow(() -> new NotFoundException("professional " + id));
		professionals.setPassword(id, passwordEncoder.encode(password));
		sessions.endAllOf(current.username());
	}

	public void unlock(UUID id) {
		professionals.find(id).orElseThrow(() -> new NotFoundException("professional " + id));
		professionals.unlock(id);
	}

	private void checkOrganisation(UUID organisationId, boolean functionalAdmin) {
		if (organisationId == null) {
			if (!functionalAdmin) {
				throw new InvalidInputException("organisationId", "identity.organisation.required");
			}
			return;
		}
		if (organisations.find(organisationId).isEmpty()) {
			throw new InvalidInputException("organisationId", "identity.organisation.unknown");
		}
	}

}
