package nl.kernteam.network;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import nl.kernteam.household.DecidedHousehold;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.household.HouseholdPageSection;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.Reads;
import nl.kernteam.shared.web.Fragments;
import nl.kernteam.shared.web.PageTexts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * On the household page: the newest entries of the timeline and a short note form, as a
 * {@link TimelineSectionView} ({@code network/timeline-section.jte}, issue 19).
 */
@Component
class TimelineSection implements HouseholdPageSection {

	private final NetworkQueries queries;

	private final TimelineViews views;

	private final NoteForms noteForms;

	private final MessageSource messages;

	private final Clock clock;

	TimelineSection(NetworkQueries queries, TimelineViews views, NoteForms noteForms, MessageSource messages,
			Clock clock) {
		this.queries = queries;
		this.views = views;
		this.noteForms = noteForms;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public HouseholdItem item() {
		return HouseholdItem.TIMELINE;
	}

	@Override
	public Supplier<String> html(DecidedHousehold decided, Reads reads) {
		var read = queries.timeline(decided.actor(), decided.household(), new PageOf.Request(0, 6), reads);
		return () -> html(decided, read.get());
	}

	private String html(DecidedHousehold decided, PageOf<TimelineEntry> timeline) {
		var id = decided.household().value();
		var locale = LocaleContextHolder.getLocale();
		var texts = PageTexts.current(messages);
		// no form for whoever may write no note (emergency access only reads), as on the
		// timeline page
		var audiences = queries.noteAudiences(decided.actor(), decided.household());
		NoteFormView noteForm = audiences.isEmpty() ? null : noteForms.view(id,
				TimelineController.NoteForm.blank(clock, audiences), null, audiences, List.of(), "household");
		return Fragments.render("network/timeline-section.jte",
				new TimelineSectionView(texts.text("network.timeline.title"), texts.text("network.note.add"), noteForm,
						timeline.total() == 0 ? texts.text("network.timeline.empty") : null,
						views.of(timeline.items(), id, locale), texts.href(views.allHref(id)),
						views.allText(timeline.total(), locale)));
	}

}
