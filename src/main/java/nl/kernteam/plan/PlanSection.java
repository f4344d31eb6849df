package nl.kernteam.plan;

import java.util.function.Supplier;

import nl.kernteam.household.DecidedHousehold;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.household.HouseholdPageSection;
import nl.kernteam.shared.Reads;
import nl.kernteam.shared.web.Fragments;
import nl.kernteam.shared.web.PageTexts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * On the household page: the plan's phase, its agreements at a glance (overdue first) and
 * the next evaluation; what the template shows is a {@link PlanSectionView}, its texts
 * looked up once per page.
 */
@Component
class PlanSection implements HouseholdPageSection {

	private final PlanQueries queries;

	private final MessageSource messages;

	PlanSection(PlanQueries queries, MessageSource messages) {
		this.queries = queries;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public HouseholdItem item() {
		return HouseholdItem.PLAN;
	}

	@Override
	public Supplier<String> html(DecidedHousehold decided, Reads reads) {
		var plan = queries.summary(decided.actor(), decided.household(), reads);
		return () -> Fragments.render("plan/section.jte", view(plan.get(), PageTexts.current(messages)));
	}

	static PlanSectionView view(PlanQueries.PlanSummary plan, PageTexts texts) {
		String base = texts.href("/households/" + plan.householdId() + "/plan");
		long overdue = plan.overdue();
		var next = plan.nextEvaluation();
		return new PlanSectionView(texts.text("plan.section.title"),
				plan.started() ? texts.text("plan.phase." + plan.phase()) : null,
				plan.started() ? null : texts.text("plan.section.notStarted"), plan.familyWords(),
				texts.text("plan.section.counts", plan.goals(), plan.agreements()),
				overdue > 0 ? texts.text("plan.overdue", overdue) : null,
				next == null ? null : texts.text("plan.section.nextEvaluation", texts.date(next, "d MMMM yyyy")), base,
				texts.text("plan.section.open"), plan.started() ? base + "/print" : null,
				plan.started() ? texts.text("plan.print") : null);
	}

}
