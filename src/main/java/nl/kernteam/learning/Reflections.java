package nl.kernteam.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kernteam.audit.AccessAction;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.validation.PlausibleDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Reflection and intervision, kept on the agenda (issue 16, seed 001). A reflection on a
 * household is written and read by those who work with it (the access decision's core
 * team rule for {@code reflection}, which partners do not pass); a private one only by
 * its author, whoever else reads the household. A team lead records the team's
 * intervision sessions and sees when the team last met and when each professional last
 * reflected (dates only).
 */
@Service
@Validated
@Transactional
public class Reflections {

	private final ReflectionRepository repository;

	private final HouseholdAccess access;

	private final TeamLeadOnly teamLeads;

	private final Clock clock;

	Reflections(ReflectionRepository repository, HouseholdAccess access, TeamLeadOnly teamLeads, Clock clock) {
		this.teamLeads = teamLeads;
		this.repository = repository;
		this.access = access;
		this.clock = clock;
	}

	public UUID reflect(Actor actor, HouseholdId household, @Valid Reflect reflection) {
		access.write(actor, household, AccessAction.CREATE, "reflection");
		UUID id = UUID.randomUUID();
		repository.insert(id, household.value(), actor.professionalId(), actor.organisationId(), reflection,
				clock.instant());
		return id;
	}

	/** The household's reflections this actor may read: their own and the shared ones. */
	public List<Reflection> of(Actor actor, HouseholdId household) {
		access.read(actor, household, "reflection");
		return repository.visible(household.value(), actor.professionalId());
	}

	/**
	 * Records an intervision session of the team lead's own team.
	 * @param cases short labels of the cases discussed, without names
	 */
	public UUID intervision(Actor actor,
			@NotNull(message = "{learning.intervision.dateRequired}") @PlausibleDate LocalDate heldOn,
			@NotNull @Size(min = 1, max = 50,
					message = "{learning.intervision.attendeesRequired}") List<@NotNull UUID> attendees,
			@NotNull @Size(max = 20) List<@NotNull @PlainText @Size(min = 1, max = 200) String> cases) {
		teamLeads.require(actor);
		if (repository.colleagues(actor.organisationId(), attendees) != attendees.stream().distinct().count()) {
			throw new InvalidInputException("attendees", "learning.intervision.notYourTeam");
		}
		UUID id = UUID.randomUUID();
		repository.insertIntervision(id, actor.organisationId(), heldOn, actor.professionalId(), clock.instant(),
				attendees, cases.stream().map(String::strip).toList());
		return id;
	}

	/** The team lead's view of the rhythm of their own team. */
	@Transactional(readOnly = true)
	public Rhythm rhythm(Actor actor) {
		teamLeads.require(actor);
		LocalDate today = AmsterdamTime.today(clock);
		LocalDate met = repository.lastIntervision(actor.organisationId());
		return new Rhythm(met, Rhythm.slipping(met, today),
				repository.members(actor.organisationId())
					.stream()
					.map(m -> new Rhythm.Member(m.professionalId(), m.name(), m.lastReflected(), m.lastIntervision(),
							Rhythm.slipping(m.lastReflected(), today), Rhythm.slipping(m.lastIntervision(), today)))
					.toList());
	}

}
