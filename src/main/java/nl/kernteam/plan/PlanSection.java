package nl.kernteam.plan;

import java.util.Locale;
import java.util.Map;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.household.DecidedHousehold;
import nl.kernteam.household.HouseholdPageSection;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.DisplayDates;
import nl.kernteam.shared.web.PageTexts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
	public String template() {
		return "plan/section";
	}

	@Override
	public HouseholdItem item() {
		return HouseholdItem.PLAN;
	}

	@Override
	public Map<String, Object> model(DecidedHousehold decided) {
		return Map.of("view", view(queries.plan(decided.actor(), decided.household()), LocaleContextHolder.getLocale(),
				PageTexts.currentContextPath()));
	}

	PlanSectionView view(PlanDetails plan, Locale locale, String contextPath) {
		String base = contextPath + "/households/" + plan.householdId() + "/plan";
		long overdue = plan.overdue();
		var next = plan.nextEvaluation();
		return new PlanSectionView(text("plan.section.title", locale),
				plan.started() ? text("plan.phase." + plan.phase(), locale) : null,
				plan.started() ? null : text("plan.section.notStarted", locale), plan.familyWords(),
				messages.getMessage("plan.section.counts",
						new Object[] { plan.goals().size(), plan.agreements().size() }, locale),
				overdue > 0 ? messages.getMessage("plan.overdue", new Object[] { overdue }, locale) : null,
				next == null ? null : messages.getMessage("plan.section.nextEvaluation",
						new Object[] { DisplayDates.of("d MMMM yyyy", locale).format(next.plannedOn()) }, locale),
				base, text("plan.section.open", locale), plan.started() ? base + "/print" : null,
				plan.started() ? text("plan.print", locale) : null);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
