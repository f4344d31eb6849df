package nl.kernteam.network;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import nl.kernteam.household.HouseholdAccessPolicy;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.Standing;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.Reads;
import org.springframework.stereotype.Component;

/**
 * Access follows the network: a current involvement and its role, or else a running
 * emergency access.
 */
@Component
class NetworkAccessPolicy implements HouseholdAccessPolicy {

	private final StandingQueries standings;

	private final Clock clock;

	NetworkAccessPolicy(StandingQueries standings, Clock clock) {
		this.standings = standings;
		this.clock = clock;
	}

	/**
	 * The current involvement decides (the contact person and the director before their
	 * involvement's role); without one, a running emergency access; an ended involvement
	 * counts as none.
	 */
	@Override
	public Standing standing(Actor actor, HouseholdId household) {
		return standings.standing(household.value(), actor.professionalId(), clock.instant());
	}

	@Override
	public Supplier<Standing> standing(Actor actor, HouseholdId household, Reads reads) {
		return standings.standing(household.value(), actor.professionalId(), clock.instant(), reads);
	}

	/** The running emergency access that ends last, if the actor has one. */
	@Override
	public Optional<Instant> emergencyEndsAt(Actor actor, HouseholdId household) {
		return standings.emergencyEndsAt(household.value(), actor.professionalId(), clock.instant());
	}

	@Override
	public Optional<FormerContactPerson> lastContactPerson(HouseholdId household) {
		return standings.lastContactPerson(household.value());
	}

}
