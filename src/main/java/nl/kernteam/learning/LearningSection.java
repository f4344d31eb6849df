package nl.kernteam.learning;

import java.util.Map;

import nl.kernteam.household.DecidedHousehold;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.household.HouseholdPageSection;
import nl.kernteam.shared.web.PageTexts;
import org.springframework.stereotype.Component;

/**
 * On the household page, for those who work with the family (not partners): the way to
 * reflect on the work with it and to start a case review, its links made in Java (issue
 * 19). It reads nothing itself.
 */
@Component
class LearningSection implements HouseholdPageSection {

	@Override
	public int order() {
		return 95;
	}

	@Override
	public String template() {
		return "learning/section";
	}

	@Override
	public HouseholdItem item() {
		return HouseholdItem.OTHER;
	}

	@Override
	public Map<String, Object> model(DecidedHousehold decided) {
		String household = PageTexts.currentContextPath() + "/households/" + decided.household().value();
		return Map.of("reflectHref", household + "/reflections", "reviewAction", household + "/case-reviews");
	}

}
