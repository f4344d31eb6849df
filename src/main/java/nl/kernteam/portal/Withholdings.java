package nl.kernteam.portal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import nl.kernteam.assessment.FamilyAssessmentQueries;
import nl.kernteam.audit.AccessAction;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.plan.PlanQueries;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.NotFoundException;
import nl.kernteam.shared.Reads;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A professional of the core team keeps one item from one family member, only with a
 * legal reason ({@link WithholdingReason}) and a day to look at it again; and ends it.
 * The access decision's {@link HouseholdItem#WITHHOLDINGS} decides who (the core team;
 * never a partner, never by emergency access), and every step is in the access log. The
 * family member sees how many items are kept from them and why in general terms, never
 * the item.
 *
 * @throws InvalidInputException for a member not in the household, an item not in its
 * assessments or plan, a review date in the past, or an item already kept from the member
 * @throws NotFoundException for ending a withholding not running in the household
 */
@Service
@Transactional
@org.springframework.validation.annotation.Validated
public class Withholdings {

	private final HouseholdAccess access;

	private final WithholdingRepository repository;

	private final PortalRepository portal;

	private final FamilyAssessmentQueries assessments;

	private final PlanQueries plans;

	private final Clock clock;

	Withholdings(HouseholdAccess access, WithholdingRepository repository, PortalRepository portal,
			FamilyAssessmentQueries assessments, PlanQueries plans, Clock clock) {
		this.access = access;
		this.repository = repository;
		this.portal = portal;
		this.assessments = assessments;
		this.plans = plans;
		this.clock = clock;
	}

	public UUID withhold(Actor actor, HouseholdId household, @jakarta.validation.Valid Withhold withhold) {
		access.write(actor, household, HouseholdItem.WITHHOLDINGS, AccessAction.CREATE, "withholding");
		if (portal.member(household.value(), withhold.memberId()).isEmpty()) {
			throw new InvalidInputException("memberId", "portal.account.unknownMember");
		}
		if (!items(household).containsKey(WithholdingRepository.key(withhold.itemKind(), withhold.itemId()))) {
			throw new InvalidInputException("itemId", "portal.withholding.item.unknown");
		}
		if (withhold.reviewOn().isBefore(AmsterdamTime.today(clock))) {
			throw new InvalidInputException("reviewOn", "portal.withholding.reviewOn.past");
		}
		if (repository.isWithheld(withhold.memberId(), withhold.itemKind(), withhold.itemId())) {
			throw new InvalidInputException("itemId", "portal.withholding.already");
		}
		UUID id = UUID.randomUUID();
		repository.insert(id, household.value(), withhold, actor.professionalId(), clock.instant());
		return id;
	}

	public void end(Actor actor, HouseholdId household, UUID id) {
		access.write(actor, household, HouseholdItem.WITHHOLDINGS, AccessAction.UPDATE, "withholding:" + id);
		if (!repository.end(household.value(), id, actor.professionalId(), clock.instant())) {
			throw new NotFoundException("withholding " + id);
		}
	}

	/** How many withholdings run in the household now: for the household page. */
	public Supplier<Long> running(Actor actor, HouseholdId household, Reads reads) {
		access.read(actor, household, HouseholdItem.WITHHOLDINGS, "withholdings");
		return repository.running(household.value(), reads);
	}

	/** The household's withholdings, each with the item's text. */
	public List<Withholding> list(Actor actor, HouseholdId household) {
		access.read(actor, household, HouseholdItem.WITHHOLDINGS, "withholdings");
		var items = items(household);
		return repository.ofHousehold(household.value())
			.stream()
			.map(w -> w.withText(items.get(WithholdingRepository.key(w.itemKind(), w.itemId()))))
			.toList();
	}

	/**
	 * Every item of the household's assessments and plan that can be withheld, by its
	 * key, with its text: for the form's choice and to check a choice.
	 */
	public Map<String, String> items(Actor actor, HouseholdId household) {
		access.read(actor, household, HouseholdItem.WITHHOLDINGS, "withholdings");
		return items(household);
	}

	private Map<String, String> items(HouseholdId household) {
		var items = new LinkedHashMap<String, String>();
		for (var saved : assessments.ofHousehold(household)) {
			var doc = saved.document();
			doc.worries().forEach(i -> put(items, FamilyItemKind.WORRY, i.id(), i.text()));
			doc.strengths().forEach(i -> put(items, FamilyItemKind.STRENGTH, i.id(), i.text()));
			doc.nextSteps().forEach(i -> put(items, FamilyItemKind.NEXT_STEP, i.id(), i.text()));
			doc.dangerStatements().forEach(d -> put(items, FamilyItemKind.DANGER_STATEMENT, d.id(), d.text()));
			doc.keyDecisions().forEach(d -> put(items, FamilyItemKind.KEY_DECISION, d.id(), d.decision()));
			doc.participants().forEach(p -> put(items, FamilyItemKind.PARTICIPANT, p.id(), p.name()));
		}
		var plan = plans.forFamily(household);
		plan.goals().forEach(g -> put(items, FamilyItemKind.GOAL, g.id(), g.text()));
		plan.agreements().forEach(a -> put(items, FamilyItemKind.AGREEMENT, a.id(), a.description()));
		return items;
	}

	private static void put(Map<String, String> items, FamilyItemKind kind, UUID id, String text) {
		if (id != null) {
			items.putIfAbsent(WithholdingRepository.key(kind, id), text);
		}
	}

}
