package nl.kernteam.portal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.audit.AccessAction;
import nl.kernteam.household.FamilyAccess;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.shared.FamilyMember;
import nl.kernteam.shared.ForbiddenException;
import nl.kernteam.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * A family member ticks off their own agreements of the plan and adds progress, as
 * themselves; the plan shows it with its own progress notes (published view
 * {@code family_agreement_progress}). Only the agreements whose owner is this member.
 *
 * @throws NotFoundException for an agreement not of the member's household
 * @throws ForbiddenException for an agreement of the household that someone else owns
 */
@Service
@Validated
@Transactional
class FamilyAgreements {

	private final FamilyAccess access;

	private final AgreementProgressRepository agreements;

	private final Clock clock;

	FamilyAgreements(FamilyAccess access, AgreementProgressRepository agreements, Clock clock) {
		this.access = access;
		this.agreements = agreements;
		this.clock = clock;
	}

	/** The member's own agreement, with what they wrote on it, newest first. */
	Own own(FamilyMember member, UUID agreement) {
		access.read(member, HouseholdItem.PLAN, "plan.agreement:" + agreement);
		var own = owned(member, agreement);
		return new Own(own, agreements.steps(member.householdId(), agreement));
	}

	UUID addProgress(FamilyMember member, UUID agreement, @Valid AddProgress progress) {
		owned(member, agreement);
		access.write(member, AccessAction.CREATE, "family-view:agreement:" + agreement);
		UUID id = UUID.randomUUID();
		agreements.insert(id, member, agreement, progress.isDone(), progress.text(), clock.instant());
		return id;
	}

	private AgreementProgressRepository.OwnAgreement owned(FamilyMember member, UUID agreement) {
		var found = agreements.agreement(member.householdId(), agreement)
			.orElseThrow(() -> new NotFoundException("agreement " + agreement));
		if (!member.memberId().equals(found.ownerMemberId())) {
			throw new ForbiddenException("portal.progress.notYours");
		}
		return found;
	}

	record Own(AgreementProgressRepository.OwnAgreement agreement, List<AgreementProgressRepository.Step> steps) {
	}

}
