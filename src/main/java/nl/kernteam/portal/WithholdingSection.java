package nl.kernteam.portal;

import java.util.Map;

import nl.kernteam.household.DecidedHousehold;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.household.HouseholdPageSection;
import nl.kernteam.shared.web.PageTexts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * On the household page, for the core team: how many items are kept from a family member
 * now (its text made in Java, issue 19), and the way to the withholding page.
 */
@Component
class WithholdingSection implements HouseholdPageSection {

	private final Withholdings withholdings;

	private final MessageSource messages;

	WithholdingSection(Withholdings withholdings, MessageSource messages) {
		this.withholdings = withholdings;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 45;
	}

	@Override
	public String template() {
		return "portal/withholding-section";
	}

	@Override
	public HouseholdItem item() {
		return HouseholdItem.WITHHOLDINGS;
	}

	@Override
	public Map<String, Object> model(DecidedHousehold decided) {
		long running = withholdings.running(decided.actor(), decided.household());
		var texts = PageTexts.current(messages);
		return Map.of("count", texts.text("portal.withholding.count", running), "href",
				texts.href("/households/" + decided.household().value() + "/withholdings"));
	}

}
