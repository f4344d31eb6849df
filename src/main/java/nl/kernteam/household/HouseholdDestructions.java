package nl.kernteam.household;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.validation.Reason;
import jakarta.validation.constraints.NotBlank;
import org.springframework.validation.annotation.Validated;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Destroys a closed household's file: every module deletes its rows about the household
 * ({@link HouseholdDestructionDue}, in this transaction), then the household deletes its
 * own, the household row last, and records what went ({@link HouseholdDestruction}). The
 * access log stays. An open household is never destroyed; a destroyed one is not found
 * again, so destroying twice does nothing.
 */
@Service
@Validated
public class HouseholdDestructions {

	private final DestructionRepository destructions;

	private final ApplicationEventPublisher events;

	private final HouseholdAccess access;

	private final Clock clock;

	HouseholdDestructions(DestructionRepository destructions, ApplicationEventPublisher events, HouseholdAccess access,
			Clock clock) {
		this.destructions = destructions;
		this.events = events;
		this.access = access;
		this.clock = clock;
	}

	/** Closed households whose retention period ended before {@code today}. */
	@Transactional(readOnly = true)
	List<UUID> due(LocalDate today, int batch) {
		return destructions.due(today, batch);
	}

	/**
	 * Destroys the household when it is still closed and its retention period ended
	 * before {@code today}; {@code false} when it was reopened, is not due or went
	 * already.
	 */
	@Transactional
	boolean destroyAfterRetention(UUID household, LocalDate today) {
		var closed = destructions.lockClosed(household);
		if (closed.isEmpty() || !closed.get().retentionUntil().isBefore(today)) {
			return false;
		}
		destroy(household, closed.get(), HouseholdDestruction.Grounds.RETENTION_ENDED, null, null, null);
		return true;
	}

	/**
	 * Destroys a closed household's file at once, on the family's request granted by the
	 * privacy officer (the caller checks and logs the grant).
	 * @throws ConflictException when the household is open (or was destroyed already)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void destroyOnRequest(Actor privacyOfficer, HouseholdId household, @Reason @NotBlank String reason) {
		access.requireRole(privacyOfficer, Role.PRIVACY_OFFICER);
		var closed = destructions.lockClosed(household.value())
			.orElseThrow(() -> new ConflictException("household.destruction.open"));
		destroy(household.value(), closed, HouseholdDestruction.Grounds.FAMILY_REQUEST, privacyOfficer.professionalId(),
				privacyOfficer.organisationId(), reason.trim());
	}

	/** The record of destroyed files, newest first, for the privacy officer. */
	@Transactional(readOnly = true)
	public PageOf<HouseholdDestruction> page(Actor actor, PageOf.Request page) {
		access.requireRole(actor, Role.PRIVACY_OFFICER);
		return destructions.page(page);
	}

	private void destroy(UUID household, DestructionRepository.Closed closed, HouseholdDestruction.Grounds grounds,
			UUID by, UUID organisation, String reason) {
		var due = new HouseholdDestructionDue(HouseholdId.of(household), destructions.memberIds(household),
				destructions.fingerprintsOnlyHere(household));
		events.publishEvent(due);
		destructions.deleteOwn(household, due);
		destructions.record(household, clock.instant(), grounds.name(), closed, by, organisation, reason,
				due.destroyedRows());
	}

}
