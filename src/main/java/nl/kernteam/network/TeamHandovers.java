package nl.kernteam.network;

import java.time.Clock;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.ProfessionalId;
import nl.kernteam.identity.Professionals;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ForbiddenException;
import nl.kernteam.shared.Submissions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * A team lead hands over the families of a leaving colleague at once: each family as the
 * single handover does it ({@link NetworkManagement#changeContactPerson}: counted, with
 * its reason, logged and told), all in one transaction, so that either every family has
 * its new contact person or none has.
 * <p>
 * A second submit of the same form waits for the first ({@link Submissions}) and then
 * finds the families no longer with the leaving colleague: those are left alone, so no
 * family is handed over twice.
 */
@Service
@Validated
@Transactional
public class TeamHandovers {

	private final NetworkManagement management;

	private final NetworkRepository network;

	private final TeamQueries team;

	private final Submissions submissions;

	private final Clock clock;

	TeamHandovers(NetworkManagement management, NetworkRepository network, TeamQueries team, Submissions submissions,
			Clock clock) {
		this.management = management;
		this.network = network;
		this.team = team;
		this.submissions = submissions;
		this.clock = clock;
	}

	/**
	 * Hands over the families that are still the colleague's; answers how many were
	 * handed over now.
	 * @throws ForbiddenException unless the actor leads the colleague's team
	 */
	public int handOver(Actor actor, UUID from, @Valid BulkHandover command) {
		team.requireLeadOf(actor, from);
		submissions.serialise(command.submissionId());
		int handedOver = 0;
		for (var assignment : command.assignments()) {
			boolean stillTheirs = network.contactPerson(assignment.householdId(), clock.instant())
				.filter(current -> current.professionalId().equals(from))
				.isPresent();
			if (stillTheirs) {
				management.changeContactPerson(actor, HouseholdId.of(assignment.householdId()),
						ProfessionalId.ofNullable(assignment.professionalId()), command.reason(), true);
				handedOver++;
			}
		}
		return handedOver;
	}

}
