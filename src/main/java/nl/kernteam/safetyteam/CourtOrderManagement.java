package nl.kernteam.safetyteam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.audit.AccessAction;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.ForbiddenException;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The legal track: court orders about a child of the household, recorded as the court
 * decided them, no longer than the law allows ({@link CourtOrderKind}); extensions of a
 * supervision or placement order, at most a year beyond the current end each; the
 * agency's written instructions during a supervision order; the day a placement order was
 * used; the hearing after an emergency placement order. Recorded by the contact person,
 * the director, or a core-team member or expert of the regional safety team (Veilig
 * Thuis, the Raad, a certified agency),
 * {@code COURT_ORDERS_BY_CONTACT_PERSON_DIRECTOR_OR_SAFETY_TEAM}; every change is logged.
 *
 * @throws InvalidInputException for a member who is not a child of the household, an end
 * before the start or beyond the longest the law allows, a decision in the future, an
 * extension of an order that cannot be extended
 * @throws ForbiddenException for a core-team member of another kind of organisation
 * @throws ConflictException for an extension that came after another, an instruction
 * outside a supervision order, a placement recorded twice or for an order that is no
 * placement
 * @throws NotFoundException for an unknown order (or one of another household)
 */
@Service
@Validated
@Transactional
public class CourtOrderManagement {

	static final String RULE = "COURT_ORDERS_BY_CONTACT_PERSON_DIRECTOR_OR_SAFETY_TEAM";

	private final CourtOrderRepository orders;

	private final HouseholdAccess access;

	private final Clock clock;

	CourtOrderManagement(CourtOrderRepository orders, HouseholdAccess access, Clock clock) {
		this.orders = orders;
		this.access = access;
		this.clock = clock;
	}

	public UUID record(Actor actor, HouseholdId household, @Valid RecordCourtOrder order) {
		access.write(actor, household, AccessAction.CREATE, "court-order");
		LocalDate birthDate = orders.childBirthDate(household.value(), order.childMemberId())
			.orElseThrow(() -> new InvalidInputException("childMemberId", "safetyteam.courtOrder.child.notAChild"));
		notInTheFuture("decidedOn", order.decidedOn());
		if (order.partiesHeardOn() != null) {
			notInTheFuture("partiesHeardOn", order.partiesHeardOn());
		}
		if (order.endsOn().isBefore(order.startsOn())) {
			throw new InvalidInputException("endsOn", "safetyteam.courtOrder.endsBeforeStart");
		}
		LocalDate latest = order.kind().latestEnd(order.startsOn(), order.partiesHeardOn() != null, birthDate);
		if (order.endsOn().isAfter(latest)) {
			throw new InvalidInputException("endsOn", "safetyteam.courtOrder.tooLong." + order.kind());
		}
		if (order.acceptablePeriodUntil() != null
				&& (order.acceptablePeriodRationale() == null || order.acceptablePeriodRationale().isBlank())) {
			throw new InvalidInputException("acceptablePeriodRationale",
					"safetyteam.courtOrder.acceptablePeriod.rationaleRequired");
		}
		UUID id = UUID.randomUUID();
		orders.insert(id, household.value(), order, actor.professionalId(), clock.instant());
		return id;
	}

	public UUID extend(Actor actor, HouseholdId household, UUID orderId, @Valid ExtendCourtOrder extension) {
		var order = writable(actor, household, orderId);
		if (!order.kind().extendable()) {
			throw new InvalidInputException("endsOn", "safetyteam.courtOrder.extension.notExtendable");
		}
		notInTheFuture("decidedOn", extension.decidedOn());
		if (!extension.endsOn().isAfter(order.currentEndsOn())) {
			throw new InvalidInputException("endsOn", "safetyteam.courtOrder.extension.notLater");
		}
		if (extension.endsOn().isAfter(order.currentEndsOn().plusYears(1))) {
			throw new InvalidInputException("endsOn", "safetyteam.courtOrder.extension.tooLong");
		}
		UUID id = UUID.randomUUID();
		if (!orders.extend(id, order, extension, actor.professionalId(), clock.instant())) {
			throw new ConflictException("safetyteam.courtOrder.extension.conflict");
		}
		return id;
	}

	public UUID instruct(Actor actor, HouseholdId household, UUID orderId, @Valid RecordInstruction instruction) {
		var order = writable(actor, household, orderId);
		if (!order.kind().supervision()) {
			throw new ConflictException("safetyteam.courtOrder.instruction.notSupervision");
		}
		notInTheFuture("givenOn", instruction.givenOn());
		UUID id = UUID.randomUUID();
		orders.insertInstruction(id, orderId, instruction, actor.professionalId(), clock.instant());
		return id;
	}

	public void placementStarted(Actor actor, HouseholdId household, UUID orderId,
			@Valid RecordPlacementStart placement) {
		var order = writable(actor, household, orderId);
		if (!order.kind().placement()) {
			throw new ConflictException("safetyteam.courtOrder.placement.notPlacement");
		}
		notInTheFuture("startedOn", placement.startedOn());
		if (placement.startedOn().isBefore(order.startsOn())) {
			throw new InvalidInputException("startedOn", "safetyteam.courtOrder.placement.beforeStart");
		}
		if (!orders.startPlacement(orderId, placement.startedOn())) {
			throw new ConflictException("safetyteam.courtOrder.placement.startedAlready");
		}
	}

	/**
	 * The parties were heard after an emergency placement order: the warning that a
	 * hearing is needed ends, and the order may run on to the end the court then decided
	 * (at most a year from its start, or the child's 18th birthday).
	 */
	public void heard(Actor actor, HouseholdId household, UUID orderId, @Valid RecordHearing hearing) {
		var order = writable(actor, household, orderId);
		if (order.kind() != CourtOrderKind.EMERGENCY_PLACEMENT) {
			throw new ConflictException("safetyteam.courtOrder.hearing.notEmergency");
		}
		notInTheFuture("heardOn", hearing.heardOn());
		if (hearing.heardOn().isBefore(order.startsOn())) {
			throw new InvalidInputException("heardOn", "safetyteam.courtOrder.hearing.beforeStart");
		}
		LocalDate endsOn = hearing.endsOn() == null ? order.currentEndsOn() : hearing.endsOn();
		if (endsOn.isBefore(order.currentEndsOn())) {
			throw new InvalidInputException("endsOn", "safetyteam.courtOrder.extension.notLater");
		}
		// an emergency order's longest run does not depend on the child's age
		if (endsOn.isAfter(order.kind().latestEnd(order.startsOn(), true, null))) {
			throw new InvalidInputException("endsOn", "safetyteam.courtOrder.hearing.tooLong");
		}
		if (!orders.heard(orderId, hearing.heardOn(), endsOn)) {
			throw new ConflictException("safetyteam.courtOrder.hearing.recordedAlready");
		}
	}

	private CourtOrderRepository.OrderRow writable(Actor actor, HouseholdId household, UUID orderId) {
		access.write(actor, household, AccessAction.UPDATE, "court-order:" + orderId);
		return orders.find(orderId)
			.filter(o -> o.householdId().equals(household.value()))
			.orElseThrow(() -> new NotFoundException("court order " + orderId));
	}

	private void notInTheFuture(String field, LocalDate date) {
		if (date.isAfter(AmsterdamTime.today(clock))) {
			throw new InvalidInputException(field, "safetyteam.date.future");
		}
	}

}
