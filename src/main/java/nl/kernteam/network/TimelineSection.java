package nl.kernteam.network;

import java.time.Clock;
import java.util.Map;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.household.DecidedHousehold;
import nl.kernteam.household.HouseholdPageSection;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.PageOf;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** On the household page: the newest entries of the timeline and a short note form. */
@Component
class TimelineSection implements HouseholdPageSection {

	private final NetworkQueries queries;

	private final TimelineViews views;

	private final Clock clock;

	TimelineSection(NetworkQueries queries, TimelineViews views, Clock clock) {
		this.queries = queries;
		this.views = views;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public String template() {
		return "network/timeline-section";
	}

	@Override
	public HouseholdItem item() {
		return HouseholdItem.TIMELINE;
	}

	@Override
	public Map<String, Object> model(DecidedHousehold decided) {
		var timeline = queries.timeline(decided.actor(), decided.household(), new PageOf.Request(0, 6));
		var id = decided.household().value();
		var locale = LocaleContextHolder.getLocale();
		return Map.of("entries", views.of(timeline.items(), id, locale), "total", timeline.total(), "allHref",
				views.allHref(id), "allText", views.allText(timeline.total(), locale), "householdId", id,
				"noteAudiences", queries.noteAudiences(decided.actor(), decided.household()));
	}

	@Override
	public Map<String, Object> forms(DecidedHousehold decided) {
		return Map.of("noteForm",
				TimelineController.NoteForm.blank(clock, queries.noteAudiences(decided.actor(), decided.household())));
	}

}
