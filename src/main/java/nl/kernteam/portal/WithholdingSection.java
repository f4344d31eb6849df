package nl.kernteam.portal;

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
 * On the household page, for the core team: how many items are kept from a family member
 * now (its texts made in Java and placed by a jte template, issue 19), and the way to the
 * withholding page.
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
	public HouseholdItem item() {
		return HouseholdItem.WITHHOLDINGS;
	}

	@Override
	public Supplier<String> html(DecidedHousehold decided, Reads reads) {
		var running = withholdings.running(decided.actor(), decided.household(), reads);
		return () -> html(decided, running.get());
	}

	private String html(DecidedHousehold decided, long running) {
		var texts = PageTexts.current(messages);
		return Fragments.render("portal/withholding-section.jte",
				new WithholdingView(texts.text("portal.withholding.title"),
						texts.text("portal.withholding.count", running),
						texts.href("/households/" + decided.household().value() + "/withholdings"),
						texts.text("portal.withholding.open")));
	}

}
