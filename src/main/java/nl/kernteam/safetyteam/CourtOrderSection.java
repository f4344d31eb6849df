package nl.kernteam.safetyteam;

import java.util.List;
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
 * On the household page, for the core team: the court orders per child, running first,
 * each with today's warnings (in words, not colour alone), and the way to the legal
 * track, as a {@link CourtOrderSectionView}.
 */
@Component
class CourtOrderSection implements HouseholdPageSection {

	private static final String DATE = "d MMM yyyy";

	private final CourtOrderQueries queries;

	private final MessageSource messages;

	CourtOrderSection(CourtOrderQueries queries, MessageSource messages) {
		this.queries = queries;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 46;
	}

	@Override
	public HouseholdItem item() {
		return HouseholdItem.OTHER;
	}

	@Override
	public Supplier<String> html(DecidedHousehold decided, Reads reads) {
		var read = queries.ofHousehold(decided.actor(), decided.household(), reads);
		return () -> html(decided, read.get().items());
	}

	private String html(DecidedHousehold decided, List<CourtOrderDetails> orders) {
		var texts = PageTexts.current(messages);
		String overdue = orders.stream().anyMatch(o -> o.warnings().stream().anyMatch(CourtOrderWarning::overdue))
				? " · " + texts.text("safetyteam.deadline.overdue") : "";
		var shown = orders.stream()
			.map(o -> new CourtOrderSectionView.Order(
					texts.text("safetyteam.courtOrder.heading", texts.text("safetyteam.courtOrder.kind." + o.kind()),
							o.childName()),
					o.running() ? texts.text("safetyteam.courtOrder.until", texts.date(o.currentEndsOn(), DATE))
							: texts.text("safetyteam.courtOrder.ended"),
					o.warnings()
						.stream()
						.map(w -> texts.text("safetyteam.courtOrder.warning." + w.kind(), texts.date(w.due(), DATE))
								+ (w.overdue() ? overdue : ""))
						.toList()))
			.toList();
		return Fragments.render("safetyteam/court-orders-section.jte",
				new CourtOrderSectionView(texts.text("safetyteam.legalTrack.title"),
						shown.isEmpty() ? texts.text("safetyteam.courtOrders.none") : null, shown,
						texts.href("/households/" + decided.household().value() + "/court-orders"),
						texts.text("safetyteam.legalTrack.open")));
	}

}
