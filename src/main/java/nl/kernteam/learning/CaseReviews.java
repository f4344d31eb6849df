package nl.kernteam.learning;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.constraints.Size;
import nl.kernteam.audit.AccessAction;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.NotFoundException;
import nl.kernteam.shared.validation.PlainText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Case reviews of one household, running or closed: its core team (contact person,
 * director, core team) or a team lead of its (last) contact person's organisation
 * ({@code HouseholdAccess.review}) starts one, reads it named or without names, and adds
 * per step what it brought the family and the family's view, and lessons. Every read and
 * change is logged with the review rule.
 */
@Service
@Validated
@Transactional
public class CaseReviews {

	static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final CaseReviewRepository reviews;

	private final HouseholdAccess access;

	private final MessageSource messages;

	private final Clock clock;

	CaseReviews(CaseReviewRepository reviews, HouseholdAccess access, MessageSource messages, Clock clock) {
		this.reviews = reviews;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
	}

	/** Starts a review with the steps from the household's history. */
	public CaseReview start(Actor actor, HouseholdId household) {
		access.review(actor, household, AccessAction.CREATE, "case-review");
		UUID id = UUID.randomUUID();
		reviews.insert(id, household.value(), actor.professionalId(), clock.instant(),
				reviews.history(household.value()));
		return named(reviews.find(id).orElseThrow());
	}

	/** The reviews of a household, newest first. */
	@Transactional(readOnly = true)
	public java.util.List<CaseReviewHead> ofHousehold(Actor actor, HouseholdId household) {
		access.review(actor, household, AccessAction.READ, "case-review");
		return reviews.ofHousehold(household.value());
	}

	public CaseReview read(Actor actor, HouseholdId household, UUID review) {
		access.review(actor, household, AccessAction.READ, "case-review:" + review);
		return named(head(household, review));
	}

	/** The review without the family's and the professionals' names. */
	public CaseReview anonymised(Actor actor, HouseholdId household, UUID review) {
		access.review(actor, household, AccessAction.READ, "case-review:" + review);
		var head = head(household, review);
		var steps = reviews.steps(review);
		var anonymiser = new Anonymiser(reviews.householdName(household.value()), reviews.members(household.value()),
				steps, key -> messages.getMessage(key, null, key, DUTCH));
		return new CaseReview(head.id(), head.householdId(), head.createdAt(), true, anonymiser.scrub(head
			.lessons()), steps
				.stream()
				.map(s -> new CaseReview.Step(s.id(), s.at(),
						s.actorId() == null ? text("learning.anonymous.family") : anonymiser.professional(s.actorId()),
						s.actorId() == null || anonymiser.professional(s.actorId()).contains("(") ? null
								: anonymiser.organisation(s.organisationType()),
						what(s, anonymiser.professional(s.subjectId())), anonymiser.scrub(s.brought()),
						anonymiser.scrub(s.familyView())))
				.toList());
	}

	/** What a step brought the family, and the family's own view of it. */
	public void addToStep(Actor actor, HouseholdId household, UUID review, UUID step,
			@PlainText @Size(max = 4000) String brought, @PlainText @Size(max = 4000) String familyView) {
		access.review(actor, household, AccessAction.UPDATE, "case-review:" + review);
		head(household, review);
		if (!reviews.updateStep(review, step, blankToNull(brought), blankToNull(familyView))) {
			throw new NotFoundException("step " + step);
		}
	}

	/** The lessons the review team draws. */
	public void lessons(Actor actor, HouseholdId household, UUID review, @PlainText @Size(max = 4000) String lessons) {
		access.review(actor, household, AccessAction.UPDATE, "case-review:" + review);
		head(household, review);
		reviews.updateLessons(review, blankToNull(lessons));
	}

	private CaseReviewHead head(HouseholdId household, UUID review) {
		return reviews.find(review)
			.filter(r -> r.householdId().equals(household.value()))
			.orElseThrow(() -> new NotFoundException("case review " + review));
	}

	private CaseReview named(CaseReviewHead head) {
		return new CaseReview(head.id(), head.householdId(), head.createdAt(), false, head.lessons(),
				reviews.steps(head.id())
					.stream()
					.map(s -> new CaseReview.Step(s.id(), s.at(),
							s.actorId() == null ? text("learning.anonymous.family") : s.actorName(),
							s.organisationName(), what(s, s.subjectName()), s.brought(), s.familyView()))
					.toList());
	}

	private String what(CaseReviewStep step, String subject) {
		String prefix = "EXPERTISE_REQUESTED".equals(step.kind()) ? "organisationType." : "learning.detail.";
		String detail = step.detail() == null ? ""
				: messages.getMessage(prefix + step.detail(), null, step.detail(), DUTCH);
		return messages.getMessage("learning.step." + step.kind(),
				new Object[] { subject == null ? "" : subject, detail }, DUTCH);
	}

	private String text(String key) {
		return messages.getMessage(key, null, DUTCH);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
