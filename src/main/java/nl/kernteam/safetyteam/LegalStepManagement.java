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
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The legal track's other steps, recorded by whom the access decision's legal-track rule
 * names: a request to the Raad voor de Kinderbescherming (a local team asks the Raad; the
 * Raad asks the court), the child protection table and the Raad's advice, each once per
 * request; and the decisions on where a child lives.
 *
 * @throws InvalidInputException for a date in the future or before the request, a member
 * who is not a child of the household, an out-of-home placement without its place or
 * basis, a place outside the family's own network without its reason, a court placement
 * without a placement order of that child
 * @throws ConflictException for a table or an advice recorded twice
 * @throws NotFoundException for an unknown request (or one of another household)
 */
@Service
@Validated
@Transactional
public class LegalStepManagement {

	private final LegalStepRepository steps;

	private final CourtOrderRepository orders;

	private final HouseholdAccess access;

	private final Clock clock;

	LegalStepManagement(LegalStepRepository steps, CourtOrderRepository orders, HouseholdAccess access, Clock clock) {
		this.steps = steps;
		this.orders = orders;
		this.access = access;
		this.clock = clock;
	}

	public UUID request(Actor actor, HouseholdId household, @Valid RaadRequestInput.Request request) {
		access.write(actor, household, AccessAction.CREATE, "raad-request");
		notInTheFuture("requestedOn", request.requestedOn());
		UUID id = UUID.randomUUID();
		steps.insertRequest(id, household.value(), request, actor.professionalId(), clock.instant());
		return id;
	}

	public void table(Actor actor, HouseholdId household, UUID requestId, @Valid RaadRequestInput.TableMeeting table) {
		LocalDate requestedOn = writable(actor, household, requestId);
		notBefore("heldOn", table.heldOn(), requestedOn);
		if (!steps.recordTable(requestId, table)) {
			throw new ConflictException("safetyteam.raad.tableRecordedAlready");
		}
	}

	public void advice(Actor actor, HouseholdId household, UUID requestId, @Valid RaadRequestInput.Advice advice) {
		LocalDate requestedOn = writable(actor, household, requestId);
		notBefore("givenOn", advice.givenOn(), requestedOn);
		if (!steps.recordAdvice(requestId, advice)) {
			throw new ConflictException("safetyteam.raad.adviceRecordedAlready");
		}
	}

	public UUID decide(Actor actor, HouseholdId household, @Valid PlacementDecisionInput decision) {
		access.write(actor, household, AccessAction.CREATE, "placement-decision");
		if (orders.childBirthDate(household.value(), decision.childMemberId()).isEmpty()) {
			throw new InvalidInputException("childMemberId", "safetyteam.courtOrder.child.notAChild");
		}
		notInTheFuture("decidedOn", decision.decidedOn());
		if (decision.kind() == PlacementDecisionInput.Kind.OUT_OF_HOME_PLACEMENT) {
			placement(household, decision);
		}
		UUID id = UUID.randomUUID();
		steps.insertDecision(id, household.value(), decision, actor.professionalId(), clock.instant());
		return id;
	}

	private void placement(HouseholdId household, PlacementDecisionInput decision) {
		if (decision.place() == null) {
			throw new InvalidInputException("place", "safetyteam.placementDecision.place.required");
		}
		if (decision.basis() == null) {
			throw new InvalidInputException("basis", "safetyteam.placementDecision.basis.required");
		}
		if (decision.place() != PlacementDecisionInput.Place.OWN_NETWORK
				&& (decision.whyNotOwnNetwork() == null || decision.whyNotOwnNetwork().isBlank())) {
			throw new InvalidInputException("whyNotOwnNetwork", "safetyteam.placementDecision.ownNetworkFirst");
		}
		if (decision.basis() == PlacementDecisionInput.Basis.COURT_ORDER && (decision.courtOrderId() == null
				|| !steps.isOrderOfChild(household.value(), decision.childMemberId(), decision.courtOrderId()))) {
			throw new InvalidInputException("courtOrderId", "safetyteam.placementDecision.courtOrder.required");
		}
	}

	private LocalDate writable(Actor actor, HouseholdId household, UUID requestId) {
		access.write(actor, household, AccessAction.UPDATE, "raad-request:" + requestId);
		return steps.requestedOn(household.value(), requestId)
			.orElseThrow(() -> new NotFoundException("raad request " + requestId));
	}

	private void notBefore(String field, LocalDate date, LocalDate earliest) {
		if (date.isBefore(earliest)) {
			throw new InvalidInputException(field, "safetyteam.date.beforeStep");
		}
		notInTheFuture(field, date);
	}

	private void notInTheFuture(String field, LocalDate date) {
		if (date.isAfter(AmsterdamTime.today(clock))) {
			throw new InvalidInputException(field, "safetyteam.date.future");
		}
	}

}
