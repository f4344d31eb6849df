package nl.kernteam.assessment;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import nl.kernteam.assessment.AssessmentReadView.FamilyView;
import nl.kernteam.assessment.AssessmentReadView.Judgement;
import nl.kernteam.assessment.AssessmentReadView.Line;
import nl.kernteam.assessment.AssessmentReadView.PartView;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.DisplayDates;
import nl.kernteam.shared.web.FixedTexts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds the read page's {@link AssessmentReadView} from the assessment: its texts from
 * the messages, its dates formatted, its links ready (issue 19: rendering the page cost
 * more JVM time than reading it).
 */
@Component
class AssessmentReadViews {

	private static final ZoneId AMSTERDAM = AmsterdamTime.ZONE;

	private final MessageSource messages;

	private final FixedTexts texts;

	AssessmentReadViews(MessageSource messages, FixedTexts texts) {
		this.messages = messages;
		this.texts = texts;
	}

	/**
	 * @param contextPath the application's context path, before every link
	 */
	AssessmentReadView of(AssessmentPages.Reading reading, Locale locale, String contextPath) {
		var a = reading.assessment();
		var d = a.document();
		Function<String, String> text = key -> messages.getMessage(key, null, locale);
		String household = contextPath + "/households/" + a.householdId();
		String base = household + "/assessments/" + a.id();
		boolean readOnly = a.readOnly();
		var safety = d.safety();
		boolean unsafe = safety != null && safety.unsafe();
		String updatedAt = DisplayDates.of("d-M-yyyy HH:mm", locale).format(a.updatedAt().atZone(AMSTERDAM));
		var parts = new ArrayList<PartView>(Part.values().length);
		for (Part part : Part.values()) {
			String label = text.apply("assessment.part." + part);
			String explanation = d.explanations().of(part);
			parts.add(new PartView(part.name(), label, readOnly ? null : base + "/edit?part=" + part,
					readOnly ? null : messages.getMessage("assessment.edit.partLabel", new Object[] { label }, locale),
					lines(part, d, text, locale), explanation == null || explanation.isBlank() ? null : explanation));
		}
		return new AssessmentReadView(
				messages.getMessage("assessment.heading", new Object[] { reading.householdName() }, locale),
				messages.getMessage("assessment.meta", new Object[] { a.version(), a.updatedByName(), updatedAt },
						locale),
				household, household + "/assessments", base + "/history", readOnly ? null : base + "/edit", readOnly,
				a.version() == 1 && !readOnly, unsafe ? safety(safety, text) : null, household + "/meldcode",
				unsafe && reading.mayAskExpertise()
						? household + "/expertise-requests/new?from=assessment&assessment=" + a.id() : null,
				DisplayDates.of("d MMMM yyyy", locale).format(d.date()), parts, new Judgement(safety(safety, text),
						d.rationale(), d.explanatoryAnalysis(), familyViews(a.familyViews(), text, locale)),
				this.texts.of(locale));
	}

	private List<Line> lines(Part part, AssessmentDocument d, Function<String, String> text, Locale locale) {
		return switch (part) {
			case VIEWS -> d.participants()
				.stream()
				.map(p -> new Line(null, messages.getMessage("assessment.chart.seriesLabel",
						new Object[] { p.name(), text.apply("assessment.participantKind." + p.kind()) }, locale),
						p.view() == null || p.view().isBlank() ? text.apply("assessment.read.noView") : p.view(), null,
						null))
				.toList();
			case FACTS -> d.facts()
				.stream()
				.map(f -> new Line(null, null, f.text(), messages.getMessage("assessment.read.source",
						new Object[] { f.source(), text.apply("assessment.certainty." + f.certainty()) }, locale),
						null))
				.toList();
			case WORRIES -> items(d.worries(), text, locale);
			case STRENGTHS -> items(d.strengths(), text, locale);
			case NEXT_STEPS -> items(d.nextSteps(), text, locale);
			case DANGER_STATEMENTS -> d.dangerStatements()
				.stream()
				.map(s -> new Line(null, null, s.text(), s.safetyGoal(), s.explanation()))
				.toList();
			case SCORES -> d.scores()
				.stream()
				.map(s -> new Line(null, s.participant(), String.valueOf(s.score()), null, s.note()))
				.toList();
			case KEY_DECISIONS -> d.keyDecisions().stream().map(k -> decision(k, text)).toList();
			case JUDGEMENT -> List.of();
		};
	}

	private List<Line> items(List<AssessmentDocument.Item> items, Function<String, String> text, Locale locale) {
		var date = DisplayDates.of("d-M-yyyy", locale);
		return items.stream()
			.map(i -> new Line(i.kind() == null ? null : text.apply("assessment.itemKind." + i.kind()), null, i.text(),
					i.owner() == null && i.dueDate() == null ? null
							: messages.getMessage("assessment.read.step",
									new Object[] { i.owner() != null ? i.owner() : "—",
											i.dueDate() != null ? date.format(i.dueDate()) : "—" },
									locale),
					i.explanation()))
			.toList();
	}

	private static Line decision(AssessmentDocument.KeyDecision k, Function<String, String> text) {
		String challenge = k.challengedByName() == null ? null : text.apply("assessment.decision.challengedBy") + ": "
				+ k.challengedByName() + (k.challengeNote() != null ? " — " + k.challengeNote() : "");
		var view = k.familyView();
		String family = view == null || view.position() == null ? null
				: text.apply("assessment.decision.familyPosition") + " "
						+ text.apply("assessment.familyPosition." + view.position())
						+ (view.words() != null ? ": " + view.words() : "");
		return new Line(text.apply("assessment.decisionKind." + k.kind()), k.decision(), k.rationale(), challenge,
				family);
	}

	/**
	 * The judgement in words: what applies, joined; "Nog geen oordeel" while not judged.
	 */
	static String safety(Safety safety, Function<String, String> text) {
		if (safety == null) {
			return text.apply("assessment.judgement.none");
		}
		return String.join(", ", safety.findings().stream().map(f -> text.apply("assessment.judgement." + f)).toList());
	}

	private static List<FamilyView> familyViews(List<AssessmentDetails.FamilyMemberView> views,
			Function<String, String> text, Locale locale) {
		if (views == null) {
			return List.of();
		}
		var at = DisplayDates.of("d MMMM yyyy HH:mm", locale);
		return views.stream()
			.map(v -> new FamilyView(v.author(), text.apply("assessment.familyViews.position." + v.position()),
					v.keyDecisionId() == null ? null : text.apply("assessment.familyViews.aboutDecision"),
					String.valueOf(v.at()), at.format(v.at()), v.words()))
			.toList();
	}

}
