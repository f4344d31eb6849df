package nl.kernteam.signal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 * person, or an id is sent again whose signal has ended
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
		var outcome = registerAll(actor, List.of(new Candidate(idOf(command), person)), now).get(0);
		return switch (outcome.status()) {
			case DUPLICATE -> throw new ConflictException("signal.duplicate");
			case ID_TAKEN -> throw new ConflictException("error.idTaken");
			case ENDED -> throw new ConflictException("signal.ended");
			case CREATED, REPEATED -> new RegisteredSignal(outcome.id(), outcome.matches());
		};
	}

	/**
	 * Registers a batch of signals of the actor's organisation in one transaction, as
	 * {@link #register} registers one: an organisation's system that sends what it
	 * registered today. Each signal gets its own outcome; a signal the organisation has
	 * already, or an id sent before, does not stop the others. Invalid input refuses the
	 * whole batch, with the index of each signal at fault.
	 */
	public RegisteredSignals registerAll(Actor actor, @Valid RegisterSignals batch) {
		requireProfessional(actor);
		Instant now = clock.instant();
		var today = LocalDate.ofInstant(now, AmsterdamTime.ZONE);
		var candidates = new ArrayList<Candidate>();
		var problems = new ArrayList<InvalidInputException.FieldProblem>();
		var ids = new HashSet<UUID>();
		for (int i = 0; i < batch.signals().size(); i++) {
			var command = batch.signals().get(i);
			String field = "signals[" + i + "].";
			if (command.id() != null && !ids.add(command.id())) {
				problems.add(new InvalidInputException.FieldProblem(field + "id", "signal.batch.idTwice"));
			}
			try {
				candidates.add(new Candidate(idOf(command), PersonIdentity.of(command, today)));
			}
			catch (InvalidInputException e) {
				e.problems()
					.forEach(p -> problems
						.add(new InvalidInputException.FieldProblem(field + p.field(), p.messageKey())));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new RegisteredSignals(registerAll(actor, candidates, now));
	}

	/**
	 * Two statements however many signals: the households and locks, then the expiry,
	 * inserts and match lookup; then the outcome of each (one query more for the signals
	 * not inserted, one for the matches of those sent again) and the announcements (per
	 * signal inserted: an access-log row per household, the contact persons' invitations;
	 * then one notification per professional told and kind of match).
	 */
	private List<RegisteredSignals.Outcome> registerAll(Actor actor, List<Candidate> candidates, Instant now) {
		var fingerprints = new ArrayList<String>(candidates.size());
		candidates.forEach(candidate -> fingerprints.add(candidate.person().fingerprint(cipher)));
		var households = registrations.householdsLocked(new LinkedHashSet<>(fingerprints));
		var news = new ArrayList<SignalRegistrationRepository.NewSignal>(candidates.size());
		for (int i = 0; i < candidates.size(); i++) {
			var candidate = candidates.get(i);
			var theirs = households.getOrDefault(fingerprints.get(i), List.of());
			news.add(new SignalRegistrationRepository.NewSignal(candidate.id(), fingerprints.get(i), candidate.person(),
					birthDateForAgeRule(candidate.person(), theirs, now)));
		}
		Instant activeSince = settings.activeSince(now);
		LocalDate bornOnOrBefore = settings.bornOnOrBefore(now);
		var inserted = registrations.insertAndMatch(news,
				new SignalRegistrationRepository.Registrant(actor.organisationId(), actor.professionalId(), now),
				activeSince, bornOnOrBefore);
		// signals not inserted: one query for who registered them,
		// one for the matches of those sent again
		var skipped = new HashMap<UUID, RegisteredSignals.Status>();
		var notInserted = news.stream().filter(signal -> !inserted.containsKey(signal.id())).toList();
		if (!notInserted.isEmpty()) {
			var earlier = signals.registrations(
					notInserted.stream().map(SignalRegistrationRepository.NewSignal::id).toList(), activeSince);
			notInserted
				.forEach(signal -> skipped.put(signal.id(), skippedStatus(actor, signal, earlier.get(signal.id()))));
		}
		var repeated = skipped.entrySet()
			.stream()
			.filter(entry -> entry.getValue() == RegisteredSignals.Status.REPEATED)
			.map(Map.Entry::getKey)
			.toList();
		var repeatedMatches = repeated.isEmpty() ? Map.<UUID, List<MatchQueries.MatchRow>>of()
				: matches.of(repeated, activeSince, bornOnOrBefore);
		var outcomes = new ArrayList<RegisteredSignals.Outcome>(news.size());
		var told = new MatchAnnouncer.Told();
		for (var signal : news) {
			var found = inserted.get(signal.id());
			if (found != null) {
				announcer.announce(actor, signal.id(), households.getOrDefault(signal.fingerprint(), List.of()), found,
						told);
				outcomes.add(RegisteredSignals.Outcome.created(signal.id(), queries.views(found)));
			}
			else {
				var status = skipped.get(signal.id());
				outcomes.add(status == RegisteredSignals.Status.REPEATED
						? new RegisteredSignals.Outcome(signal.id(), status,
								queries.views(repeatedMatches.getOrDefault(signal.id(), List.of())))
						: RegisteredSignals.Outcome.refused(signal.id(), status));
			}
		}
		announcer.tell(actor, told);
		return outcomes;
	}

	/**
	 * Why the insert skipped a signal: the same registration sent again (answered with
	 * its matches as they are now, nobody told again), or sent again after it ended (not
	 * revived under its old id), the organisation's active signal on the person, or an id
	 * that belongs to another registration (by someone else, or on another person).
	 * @param earlier the registration with the signal's id, if there is one
	 */
	private static RegisteredSignals.Status skippedStatus(Actor actor, SignalRegistrationRepository.NewSignal signal,
			SignalRepository.Registration earlier) {
		if (earlier == null) {
			return RegisteredSignals.Status.DUPLICATE;
		}
		if (!earlier.professionalId().equals(actor.professionalId())
				|| !earlier.fingerprint().equals(signal.fingerprint())) {
			return RegisteredSignals.Status.ID_TAKEN;
		}
		return earlier.ended() ? RegisteredSignals.Status.ENDED : RegisteredSignals.Status.REPEATED;
	}

	private static UUID idOf(RegisterSignal command) {
		return command.id() == null ? UUID.randomUUID() : command.id();
	}

	/** A signal to register, its input checked. */
	private record Candidate(UUID id, PersonIdentity person) {
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
