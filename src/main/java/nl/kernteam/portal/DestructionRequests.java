package nl.kernteam.portal;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import nl.kernteam.audit.AccessAction;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdDestructions;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.NotFoundException;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.validation.Reason;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The family's request to destroy its file earlier
 * ({@link ObjectionKind#DESTRUCTION_REQUEST}): the region's privacy officer grants it
 * with a reason, and the closed file is destroyed at once, this request with it
 * (household's {@link HouseholdDestructions}). The grant is in the household's access
 * log, which stays. Refusing is answering the request as any other.
 *
 * @throws NotFoundException for an unknown request, or one that is not a destruction
 * request
 * @throws ConflictException when the household's file is open: it cannot be destroyed
 */
@Service
@Validated
@Transactional
class DestructionRequests {

	private final ObjectionRepository objections;

	private final HouseholdAccess access;

	private final HouseholdDestructions destructions;

	DestructionRequests(ObjectionRepository objections, HouseholdAccess access, HouseholdDestructions destructions) {
		this.objections = objections;
		this.access = access;
		this.destructions = destructions;
	}

	/** Grants the request: destroys the closed file now. */
	HouseholdId grant(Actor actor, UUID id, @Valid GrantDestruction grant) {
		var handled = objections.one(id)
			.filter(found -> found.objection().kind() == ObjectionKind.DESTRUCTION_REQUEST)
			.orElseThrow(() -> new NotFoundException("destruction request " + id));
		var household = HouseholdId.of(handled.objection().householdId());
		access.writeWithRole(actor, household, Role.PRIVACY_OFFICER, AccessAction.UPDATE, "destruction:" + id);
		if (handled.objection().status() == ObjectionStatus.ANSWERED) {
			throw new ConflictException("portal.pro.objection.answered");
		}
		destructions.destroyOnRequest(actor, household, grant.reason());
		return household;
	}

	/**
	 * The privacy officer's grant, with the reason that stays in the record of
	 * destruction.
	 */
	record GrantDestruction(@NotBlank(message = "{portal.pro.destruction.reason.required}") @Reason String reason) {
	}

}
