package nl.kernteam.safetyteam;

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
 * On the household page, for the core team: reports to Veilig Thuis, their running clocks
 * soonest first (overdue in words, not colour alone) and the feedback given, as a
 * {@link ReportSectionView}.
 */
@Component
class ReportSection implements HouseholdPageSection {

	private static final String DATE = "d MMM yyyy";

	private final ReportQueries queries;

	private final MessageSource messages;

	ReportSection(ReportQueries queries, MessageSource messages) {
		this.queries = queries;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 45;
	}

	@Override
	public HouseholdItem item() {
		return HouseholdItem.OTHER;
	}

	@Override
	public Supplier<String> html(DecidedHousehold decided, Reads reads) {
		var read = queries.ofHousehold(decided.actor(), decided.household(), reads);
		return () -> html(decided, read.get());
	}

	private String html(DecidedHousehold decided, ReportDetails.OfHousehold reports) {
		var texts = PageTexts.current(messages);
		var running = reports.running()
			.stream()
			.map(d -> new ReportSectionView.Clock(texts.text("safetyteam.deadline." + d.kind()),
					texts.text("safetyteam.deadline.due", texts.date(d.due(), DATE)), d.overdue()))
			.toList();
		var listed = reports.reports().stream().map(r -> report(r, texts)).toList();
		return Fragments.render("safetyteam/section.jte",
				new ReportSectionView(texts.text("safetyteam.reports.title"),
						listed.isEmpty() ? texts.text("safetyteam.reports.none") : null,
						texts.text("safetyteam.deadlines.running"), running, texts.text("safetyteam.deadline.overdue"),
						texts.text("safetyteam.reports.history"), listed, texts.text("safetyteam.report.acute"),
						texts.href("/households/" + decided.household().value() + "/meldcode"),
						texts.text("safetyteam.reports.meldcode")));
	}

	private static ReportSectionView.Report report(ReportDetails r, PageTexts texts) {
		return new ReportSectionView.Report(texts.text("safetyteam.report.kind." + r.kind()),
				texts.text("safetyteam.report.to", r.organisationName(), texts.date(r.receivedOn(), DATE)), r.acute(),
				r.outcome() == null ? null
						: texts.text("safetyteam.report.assessed", texts.date(r.assessedOn(), DATE),
								texts.text("safetyteam.report.outcome." + r.outcome())),
				r.concludedOn() == null ? null
						: texts.text("safetyteam.report.concluded", texts.date(r.concludedOn(), DATE)),
				r.feedback()
					.stream()
					.map(f -> texts.text("safetyteam.feedback.given", texts.text("safetyteam.deadline." + f.step()),
							texts.date(f.givenOn(), DATE)))
					.toList());
	}

}
