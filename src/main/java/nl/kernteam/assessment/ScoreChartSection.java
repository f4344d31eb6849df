package nl.kernteam.assessment;

import java.util.HashMap;
import java.util.Map;

import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.household.DecidedHousehold;
import nl.kernteam.household.HouseholdPageSection;
import nl.kernteam.shared.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Gezamenlijke oordeelsvorming" on the household page: the safety scale per participant
 * over the household's latest assessments as a chart with its table, and the way to the
 * assessments. One query.
 */
@Component
class ScoreChartSection implements HouseholdPageSection {

	static final int ASSESSMENTS_SHOWN = 12;

	private final HouseholdAccess access;

	private final AssessmentChoiceQueries queries;

	ScoreChartSection(HouseholdAccess access, AssessmentChoiceQueries queries) {
		this.access = access;
		this.queries = queries;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public String template() {
		return "assessment/section";
	}

	@Override
	public HouseholdItem item() {
		return HouseholdItem.ASSESSMENTS;
	}

	@Override
	@Transactional
	public Map<String, Object> model(DecidedHousehold decided) {
		var grant = access.read(decided.actor(), decided.household(), "assessments");
		var model = new HashMap<String, Object>();
		model.put("householdId", decided.household().value());
		model.put("chart", queries.scoreChart(decided.household().value(), ASSESSMENTS_SHOWN));
		model.put("readOnly", grant.emergency());
		return model;
	}

}
