package nl.kernteam.household;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.validation.Reason;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Whether a household's file is closed, and the record of closing and reopening it. The
 * network module closes and reopens (it ends and restores who is involved, in the same
 * transaction) after the access decision has allowed it; this keeps the record, starts
 * the retention period and tells the other modules.
 *
 * @throws ConflictException when closing a closed household or reopening an open one
 */
@Service
@Validated
public class HouseholdClosures {

	private final ClosureRepository closures;

	private final ApplicationEventPublisher events;

	private final RetentionSettings retention;

	private final Clock clock;

	HouseholdClosures(ClosureRepository closures, ApplicationEventPublisher events, RetentionSettings retention,
			Clock clock) {
		this.closures = closures;
		this.events = events;
		this.retention = retention;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void close(Actor actor, HouseholdId household, @Valid CloseHousehold command) {
		var retentionUntil = AmsterdamTime.today(clock).plusYears(retention.years());
		if (!closures.close(UUID.randomUUID(), household.value(), actor.professionalId(), command, retentionUntil,
				clock.instant())) {
			throw new ConflictException("household.closed.already");
		}
		events.publishEvent(new HouseholdClosed(household, actor, command.reason().trim()));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void reopen(Actor actor, HouseholdId household, @Reason String reason) {
		if (!closures.reopen(household.value(), actor.professionalId(), reason, clock.instant())) {
			throw new ConflictException("household.closed.notClosed");
		}
		events.publishEvent(new HouseholdReopened(household, actor, reason.trim()));
	}

	/** When the household's file was last reopened, if it ever was. */
	@Transactional(readOnly = true)
	public Optional<java.time.Instant> lastReopened(HouseholdId household) {
		return closures.lastReopened(household.value());
	}

	/** The closure of the household's file, while it is closed. */
	@Transactional(readOnly = true)
	public Optional<HouseholdClosure> closure(HouseholdId household) {
		return closures.open(household.value());
	}

}
