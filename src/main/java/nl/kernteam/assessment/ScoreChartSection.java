package nl.kernteam.assessment;

import java.util.function.Supplier;

import nl.kernteam.household.DecidedHousehold;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.household.HouseholdPageSection;
import nl.kernteam.shared.Reads;
import nl.kernteam.shared.web.Fragments;
import nl.kernteam.shared.web.PageTexts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * "Gezamenlijke oordeelsvorming" on the household page: the safety scale per participant
 * over the household's latest assessments as a chart with its table, and the way to the
 * assessments. One query; what the jte template {@code assessment/section.jte} shows is a
 * {@link ScoreChartView}.
 */
@Component
class ScoreChartSection implements HouseholdPageSection {

	static final int ASSESSMENTS_SHOWN = 12;

	private final HouseholdAccess access;

	private final AssessmentChoiceQueries queries;

	private final ScoreChartViews views;

	ScoreChartSection(HouseholdAccess access, AssessmentChoiceQueries queries, ScoreChartViews views) {
		this.access = access;
		this.queries = queries;
		this.views = views;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public HouseholdItem item() {
		return HouseholdItem.ASSESSMENTS;
	}

	@Override
	public Supplier<String> html(DecidedHousehold decided, Reads reads) {
		var grant = access.read(decided.actor(), decided.household(), "assessments");
		var household = decided.household().value();
		var chart = queries.scoreChart(household, ASSESSMENTS_SHOWN, reads);
		return () -> Fragments.render("assessment/section.jte", views.of(chart.get(), household, grant.emergency(),
				LocaleContextHolder.getLocale(), PageTexts.currentContextPath()));
	}

}
