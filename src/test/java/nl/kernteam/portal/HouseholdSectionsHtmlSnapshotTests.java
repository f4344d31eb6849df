package nl.kernteam.portal;

import static org.assertj.core.api.Assertions.assertThat;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import nl.kernteam.identity.OrganisationSummary;
import nl.kernteam.identity.ProfessionalId;
import nl.kernteam.network.NetworkManagement;
import nl.kernteam.safetyteam.ConcludeInvestigation;
import nl.kernteam.safetyteam.CourtOrderKind;
import nl.kernteam.safetyteam.CourtOrderManagement;
import nl.kernteam.safetyteam.DeadlineKind;
import nl.kernteam.safetyteam.ExtendCourtOrder;
import nl.kernteam.safetyteam.RecordCourtOrder;
import nl.kernteam.safetyteam.RecordInstruction;
import nl.kernteam.safetyteam.RecordReport;
import nl.kernteam.safetyteam.RecordReportFeedback;
import nl.kernteam.safetyteam.RecordSafetyAssessment;
import nl.kernteam.safetyteam.ReportKind;
import nl.kernteam.safetyteam.ReportManagement;
import nl.kernteam.safetyteam.ReportOutcome;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.HtmlSnapshot;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Writes the household page of a household whose reports, court orders, core team, family
 * accounts, family voice, withholdings and learning sections all show something to
 * target/sections-html (issue 19), normalised, so that a change to their rendering can be
 * compared before and after: {@code -Dsections.label=before}. It also checks what the
 * sections show, escaped.
 */
@IntegrationTest
class HouseholdSectionsHtmlSnapshotTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestData data;

	@Autowired
	ReportManagement reports;

	@Autowired
	CourtOrderManagement courtOrders;

	@Autowired
	NetworkManagement network;

	@Autowired
	FamilyAccountManagement accounts;

	@Autowired
	FamilyMessages messages;

	@Autowired
	FamilyVoice voice;

	@Autowired
	Withholdings withholdings;

	@Test
	void writesTheHouseholdPage() throws Exception {
		var family = new SightFamily(context, null);
		var worker = family.contactPerson;
		var household = family.household;
		LocalDate today = LocalDate.now(AmsterdamTime.ZONE);
		// three reports: one assessed, concluded and fed back, one acute with its clock
		// running late, an advice request
		var veiligThuis = data.organisation(OrganisationType.VEILIG_THUIS);
		var assessed = reports.record(worker.actor(), household,
				new RecordReport(veiligThuis.id(), ReportKind.REPORT, today.minusDays(40), false));
		reports.assess(worker.actor(), assessed.id(),
				new RecordSafetyAssessment(today.minusDays(35), ReportOutcome.INVESTIGATION));
		reports.conclude(worker.actor(), assessed.id(), new ConcludeInvestigation(today.minusDays(5)));
		reports.feedback(worker.actor(), assessed.id(),
				new RecordReportFeedback(DeadlineKind.SAFETY_ASSESSMENT, today.minusDays(30), "Onderzoek gestart"));
		reports.record(worker.actor(), household,
				new RecordReport(veiligThuis.id(), ReportKind.REPORT, today.minusDays(1), true));
		reports.record(worker.actor(), household,
				new RecordReport(veiligThuis.id(), ReportKind.ADVICE, today.minusDays(2), false));
		// a supervision order extended, with an instruction; an emergency placement
		// waiting for its hearing; a placement not used, its warning overdue; an order
		// that ended
		var supervision = courtOrders.record(worker.actor(), household,
				new RecordCourtOrder(family.members.get("Tim"), CourtOrderKind.SUPERVISION, today.minusMonths(11),
						today.minusMonths(11), today.minusMonths(11).plusYears(1), null, today.plusMonths(6),
						"Jonge kinderen: een half jaar."));
		courtOrders.extend(worker.actor(), household, supervision,
				new ExtendCourtOrder(today, today.minusMonths(11).plusYears(1).plusWeeks(3)));
		courtOrders.instruct(worker.actor(), household, supervision,
				new RecordInstruction(today.minusDays(7), "Tim gaat elke dag naar school."));
		courtOrders.record(worker.actor(), household,
				new RecordCourtOrder(family.members.get("Lisa"), CourtOrderKind.EMERGENCY_PLACEMENT,
						today.minusDays(10), today.minusDays(10), today.plusDays(4), null, null, null));
		courtOrders.record(worker.actor(), household,
				new RecordCourtOrder(family.members.get("Noor"), CourtOrderKind.PLACEMENT, today.minusMonths(4),
						today.minusMonths(4), today.plusMonths(8), null, null, null));
		courtOrders.record(worker.actor(), household,
				new RecordCourtOrder(family.members.get("Eva"), CourtOrderKind.PROVISIONAL_SUPERVISION,
						today.minusMonths(6), today.minusMonths(6), today.minusMonths(4), null, null, null));
		// the core team, one of them directing
		var director = data.professional(OrganisationType.MENTAL_HEALTH);
		data.involve(worker, household, director, "CORE_TEAM");
		network.changeDirector(worker.actor(), household, new ProfessionalId(director.id()), "Zij kent het gezin");
		data.involve(worker, household,
				data.professional(new OrganisationSummary(worker.summary().organisationId(), null, null, null, null)),
				"CORE_TEAM");
		// family accounts: Noor active, Sem invited, the others without one
		var noor = family.account(data, "Noor");
		accounts.invite(worker.actor(), household, family.members.get("Sem"));
		// the family's voice: a message, an answer, how heard the mother felt
		messages.send(noor.member(), "Mag ik <b>zelf</b> iets zeggen?");
		messages.answer(worker.actor(), household, "Ja, natuurlijk.");
		var mother = family.account(data, "Moeder");
		voice.heard(mother.member(),
				new Heard(new About(AboutKind.ASSESSMENT, family.assessment.toString()), 4, "Ze lieten me uitpraten."));
		withholdings.withhold(worker.actor(), household,
				new Withhold(family.members.get("Noor"), FamilyItemKind.WORRY, family.secretWorry,
						WithholdingReason.SAFETY_OF_CHILD, "Over de opvang van een ander kind", today.plusMonths(3)));

		String html = mvc.perform(get("/households/" + household.value()).with(worker.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String label = System.getProperty("sections.label", "after");
		var dir = Files.createDirectories(Path.of("target/sections-html"));
		Files.writeString(dir.resolve("household-" + label + ".html"), HtmlSnapshot.normalised(html));

		assertThat(html).contains("Mag ik &lt;b&gt;zelf&lt;/b&gt; iets zeggen?", "Ja, natuurlijk.",
				"Ze lieten me uitpraten.", " · Te laat");
		assertThat(html).doesNotContain("<b>zelf</b>");
		assertThat(html).contains("Ondertoezichtstelling · Tim ", "Niet gebruikt: machtiging vervalt",
				"Onderzoek afgerond op", "Terugkoppeling na Veiligheidsbeoordeling Veilig Thuis: ",
				"Uitgenodigd, code nog niet gebruikt", "Uitnodigen: Lisa ", "Account van Noor ",
				"4 van 5 na een gezamenlijke oordeelsvorming", "Eén deel is voor iemand verborgen.",
				"betrokkenen nu · geen overdrachten", "Lopende termijnen", "Acuut");
		assertThat(html).contains("reports-heading", "legal-heading", "core-team-heading", "family-accounts-heading",
				"family-voice-heading", "withholding-heading", "learning-heading");
	}

}
