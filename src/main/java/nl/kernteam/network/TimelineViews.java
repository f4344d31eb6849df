package nl.kernteam.network;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import nl.kernteam.shared.DisplayDates;
import nl.kernteam.shared.web.PageTexts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds the timeline's {@link TimelineView}s, on the household page and the timeline
 * page: every entry's texts from the messages in the request's locale, its moment and
 * dates formatted, its link ready (issue 19: the per-entry message lookups and date
 * formatting in the template were most of the household page's rendering time).
 */
@Component
class TimelineViews {

	private final MessageSource messages;

	TimelineViews(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The entries of a household's timeline, in the current request's locale; their links
	 * with the context path in front.
	 */
	List<TimelineView> of(List<TimelineEntry> entries, UUID householdId, Locale locale) {
		var texts = new Texts(new PageTexts(messages, locale, ""), DisplayDates.of("d-M-yyyy", locale));
		var time = DisplayDates.of("d MMM yyyy HH:mm", locale);
		String household = PageTexts.currentContextPath() + "/households/" + householdId;
		return entries.stream()
			.map(e -> new TimelineView("timeline__entry kind-" + e.type().toLowerCase(Locale.ROOT),
					e.at() == null ? null : e.at().toString(), e.at() == null ? null : time.format(e.at()),
					e.actorName(), e.organisationName(), "NOTE".equals(e.type()) ? null : texts.title(e),
					href(e, household), "NOTE".equals(e.type()) ? texts.note(e) : null))
			.toList();
	}

	/**
	 * The link to the whole timeline, context-relative (the template adds the context
	 * path).
	 */
	String allHref(UUID householdId) {
		return "/households/" + householdId + "/timeline";
	}

	/** "The whole timeline (n)", the link's text. */
	String allText(long total, Locale locale) {
		return messages.getMessage("network.timeline.all", new Object[] { total }, locale);
	}

	private static String href(TimelineEntry e, String household) {
		return switch (e.type()) {
			case "ASSESSMENT" -> household + "/assessments/" + e.id();
			case "PLAN_VERSION" -> household + "/plan#version-" + e.subject();
			case "COURT_ORDER", "COURT_ORDER_EXTENDED" -> household + "/court-orders";
			default -> null;
		};
	}

	/** The messages of one request. */
	private record Texts(PageTexts page, DateTimeFormatter date) {

		TimelineView.Note note(TimelineEntry e) {
			var present = e.present() == null || e.present().isEmpty() ? null
					: text("network.note.presentList", String.join(", ", e.present()));
			return new TimelineView.Note(text("network.note.kind." + e.detail()),
					text("network.note.on", date(e.occurredOn())),
					"NETWORK".equals(e.subject()) ? text("network.note.audience.badge") : null, e.text(), present);
		}

		String title(TimelineEntry e) {
			return switch (e.type()) {
				case "INVOLVEMENT_STARTED" ->
					text("network.timeline.started", e.subject(), text("network.role." + e.detail()), e.text());
				case "INVOLVEMENT_ENDED" -> text("network.timeline.ended", e.subject(), e.text());
				case "CONTACT_PERSON" -> text("network.timeline.contactPerson", e.subject(), e.text());
				case "DIRECTOR" -> text("network.timeline.director", e.subject(), e.text());
				case "CLOSED" -> text("network.timeline.closed", e.text());
				case "REOPENED" -> text("network.timeline.reopened", e.text());
				case "EMERGENCY_ACCESS" -> text("network.timeline.emergency", e.text());
				case "ASSESSMENT" -> e.detail() != null
						? text("network.timeline.assessmentJudged", date(e.occurredOn()),
								text("network.timeline.judgement." + e.detail()))
						: text("network.timeline.assessment", date(e.occurredOn()));
				case "SHARED" -> "CONSENT".equals(e.text())
						? text("network.timeline.sharedWithConsent", e.subject(), what(e),
								e.present() == null ? null : String.join(", ", e.present()))
						: text("network.timeline.sharedOnBasis", e.subject(), what(e),
								text("network.share.basis." + e.text()));
				case "SHARE_ENDED" -> text("REVOKED".equals(e.text()) ? "network.timeline.shareEnded.REVOKED"
						: "network.timeline.shareEnded.EXPIRED", e.subject(), what(e));
				case "PLAN_VERSION" ->
					text("network.timeline.planVersion", e.subject(), text("network.timeline.phase." + e.detail()));
				case "COURT_ORDER", "COURT_ORDER_EXTENDED" -> text(
						"COURT_ORDER".equals(e.type()) ? "network.timeline.courtOrder"
								: "network.timeline.courtOrderExtended",
						text("safetyteam.courtOrder.kind." + e.detail()), e.subject(), date(e.occurredOn()), e.text());
				default -> null;
			};
		}

		private String what(TimelineEntry e) {
			return text("network.share.what." + e.detail());
		}

		private String date(LocalDate day) {
			return day == null ? null : date.format(day);
		}

		private String text(String key, Object... args) {
			return page.text(key, args);
		}

	}

}
