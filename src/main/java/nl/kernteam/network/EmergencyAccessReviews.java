package nl.kernteam.network;

import java.time.Clock;
import java.util.UUID;

import nl.kernteam.audit.AccessAction;
import nl.kernteam.audit.AccessLog;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;
import org.springframework.validation.annotation.Validated;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.ForbiddenException;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.NotFoundException;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The privacy officer's review of every emergency access: a list (unreviewed first, then
 * newest first) and a finding recorded once per access, written to the household's access
 * log.
 *
 * @throws ForbiddenException for anyone but a privacy officer
 * @throws InvalidInputException for a blank or overlong finding
 * @throws NotFoundException for an unknown emergency access
 * @throws ConflictException when the access was reviewed already
 */
@Service
@Validated
@Transactional
class EmergencyAccessReviews {

	static final int FINDING_MAX_LENGTH = 2000;

	private final EmergencyAccessRepository reviews;

	private final HouseholdAccess access;

	private final AccessLog accessLog;

	private final Clock clock;

	EmergencyAccessReviews(EmergencyAccessRepository reviews, HouseholdAccess access, AccessLog accessLog,
			Clock clock) {
		this.reviews = reviews;
		this.access = access;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	/**
	 * Every emergency access, unreviewed first, then newest first; the households listed
	 * are logged as such.
	 */
	public PageOf<EmergencyAccessReview> list(Actor actor, PageOf.Request page) {
		requirePrivacyOfficer(actor);
		var result = PageOf.counted(page, request -> reviews.page(request, clock.instant().minus(RECENT)));
		accessLog.recordAll(actor, result.items().stream().map(EmergencyAccessReview::householdId).distinct().toList(),
				AccessAction.SEARCH, "emergency-accesses");
		return result;
	}

	/**
	 * Marks an emergency access reviewed with the officer's finding; written to the
	 * household's access log. Nobody reviews their own emergency access (someone may be
	 * both professional and privacy officer).
	 */
	public EmergencyAccessReview review(Actor actor, UUID id,
			@NotBlank(message = "{network.emergency.review.finding.required}") @Size(max = FINDING_MAX_LENGTH,
					message = "{network.emergency.review.finding.tooLong}") @PlainText(
							message = "{network.emergency.review.finding.invalid}") String finding) {
		requirePrivacyOfficer(actor);
		var broken = reviews.find(id).orElseThrow(() -> new NotFoundException("emergency access " + id));
		if (broken.professional().equals(actor.professionalId())) {
			throw new ForbiddenException("network.emergency.review.own");
		}
		UUID household = broken.household();
		access.writeWithRole(actor, HouseholdId.of(household), Role.PRIVACY_OFFICER, AccessAction.UPDATE,
				"emergency-access.review:" + id);
		int reviewed = reviews.review(id, actor.professionalId(), finding.trim(), clock.instant());
		if (reviewed == 0) {
			throw new ConflictException("network.emergency.review.already");
		}
		return reviews.one(id, clock.instant().minus(RECENT));
	}

	/** How far back the count of a professional's emergency accesses looks. */
	static final java.time.Duration RECENT = java.time.Duration.ofDays(90);

	private void requirePrivacyOfficer(Actor actor) {
		if (!access.holds(actor, Role.PRIVACY_OFFICER)) {
			throw new ForbiddenException("network.emergency.review.privacyOfficersOnly");
		}
	}

}
