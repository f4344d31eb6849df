package nl.kernteam.signal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.ForbiddenException;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.NotFoundException;
import nl.kernteam.shared.PersonalDataCipher;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.RoleAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Registers and withdraws signals. Registering finds the matches in the same transaction
 * and tells every professional on them, and the contact person of a Kernteam household
 * the person belongs to.
 *
 * @throws InvalidInputException for an invalid BSN, or without BSN a missing name or date
 * of birth
 * @throws ConflictException when the organisation already has an active signal on this
 * person
 * @throws ForbiddenException when the actor is not a professional of an organisation
 * @throws NotFoundException when withdrawing a signal that is not the actor's
 * organisation's
 */
@Service
@Validated
@Transactional
public class SignalManagement {

	private final SignalRepository signals;

	private final SignalRegistrationRepository registrations;

	private final MatchQueries matches;

	private final MatchAnnouncer announcer;

	private final SignalQueries queries;

	private final PersonalDataCipher cipher;

	private final SignalSettings settings;

	private final Clock clock;

	private final RoleAccess roles;

	SignalManagement(SignalRepository signals, SignalRegistrationRepository registrations, MatchQueries matches,
			MatchAnnouncer announcer, SignalQueries queries, PersonalDataCipher cipher, SignalSettings settings,
			Clock clock, RoleAccess roles) {
		this.roles = roles;
		this.signals = signals;
		this.registrations = registrations;
		this.matches = matches;
		this.announcer = announcer;
		this.queries = queries;
		this.cipher = cipher;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Registers that the actor's organisation is involved with a person, and returns the
	 * matches it has now. Registering the same id twice returns the first registration
	 * without telling anyone again.
	 */
	public RegisteredSignal register(Actor actor, @Valid RegisterSignal command) {
		requireProfessional(actor);
		Instant now = clock.instant();
		var person = PersonIdentity.of(command, LocalDate.ofInstant(now, AmsterdamTime.ZONE));
		String fingerprint = person.fingerprint(cipher);
		UUID id = command.id() == null ? UUID.randomUUID() : command.id();
		// two statements: households and locks, then expiry, insert and match lookup
		var households = registrations.householdsLocked(fingerprint);
		var inserted = registrations.insertAndMatch(new SignalRegistrationRepository.NewSignal(id, fingerprint, person,
				birthDateForAgeRule(person, households, now), actor.organisationId(), actor.professionalId(), now),
				settings.activeSince(now), settings.bornOnOrBefore(now));
		if (inserted.isEmpty()) {
			var registrant = signals.registeredBy(id);
			if (registrant.isEmpty()) {
				throw new ConflictException("signal.duplicate");
			}
			if (!registrant.get().equals(actor.professionalId())
					|| !signals.fingerprintOf(id).map(fingerprint::equals).orElse(false)) {
				// the same form sent again, but for another person (or by someone else):
				// not a repeat
				throw new ConflictException("error.idTaken");
			}
			return new RegisteredSignal(id,
					queries.views(matches.of(id, settings.activeSince(now), settings.bornOnOrBefore(now))));
		}
		var found = inserted.get();
		announcer.announce(actor, id, households, found);
		return new RegisteredSignal(id, queries.views(found));
	}

	/**
	 * Withdraws a signal of the actor's own organisation: from now on it matches nothing.
	 * Withdrawing it again changes nothing.
	 */
	public WithdrawnSignal withdraw(Actor actor, SignalId id) {
		requireProfessional(actor);
		if (!signals.organisationOf(id.value()).filter(actor.organisationId()::equals).isPresent()) {
			throw new NotFoundException("signal " + id);
		}
		signals.withdraw(id.value(), actor.organisationId(), actor.professionalId(), clock.instant());
		return new WithdrawnSignal(id.value(), signals.endedAt(id.value()).orElseThrow());
	}

	/**
	 * The date of birth, kept only while the age rule can still end the signal: from the
	 * input, or else from a Kernteam household member with the same BSN (found with the
	 * households, no query of its own).
	 */
	private LocalDate birthDateForAgeRule(PersonIdentity person, List<MatchQueries.HouseholdOfPerson> households,
			Instant now) {
		LocalDate birthDate = person.birthDate();
		if (birthDate == null && person.identifiedBy() == PersonIdentity.IdentifiedBy.BSN) {
			birthDate = households.stream()
				.map(MatchQueries.HouseholdOfPerson::birthDate)
				.filter(java.util.Objects::nonNull)
				.min(LocalDate::compareTo)
				.orElse(null);
		}
		return settings.underAgeLimit(birthDate, now) ? birthDate : null;
	}

	private void requireProfessional(Actor actor) {
		if (actor.organisationId() == null || !roles.holds(actor, Role.PROFESSIONAL)) {
			throw new ForbiddenException("signal.forbidden");
		}
	}

}
