package nl.kernteam.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.kernteam.household.FamilySystemManagement;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdQueries;
import nl.kernteam.household.LifeDomain;
import nl.kernteam.household.LinkHouseholds;
import nl.kernteam.household.LinkKind;
import nl.kernteam.household.RecordLifeDomains;
import nl.kernteam.household.SharedItem;
import nl.kernteam.household.CloseHousehold;
import nl.kernteam.network.HouseholdClosing;
import nl.kernteam.network.LegalBasis;
import nl.kernteam.network.ShareManagement;
import nl.kernteam.network.ShareWithPartner;
import nl.kernteam.safetyteam.ExpertiseRequestInput;
import nl.kernteam.safetyteam.ExpertiseRequestManagement;
import nl.kernteam.safetyteam.ExpertiseRequestUrgency;
import nl.kernteam.safetyteam.RecordReport;
import nl.kernteam.safetyteam.ReportKind;
import nl.kernteam.safetyteam.ReportManagement;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.Role;
import nl.kernteam.support.TestData.Pro;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page a professional meets, with the data that fills it: one household with a
 * network, shares, reports, an assessment, a plan, the legal track, a closed and a
 * destroyed file, and the accounts of a Raad duty desk, team leads, a privacy officer and
 * an administrator. Long e-mail addresses, names and organisation names try the page's
 * width. Checked at 1280 px by {@code AccessibilityBrowserTests} and at 390 px by
 * {@code PhoneWidthBrowserTests}; each page is one unit of work
 * ({@code EveryPageIsOneUnitOfWorkIntegrationTests}). Imported by {@link IntegrationTest}
 * and {@link BrowserTest}.
 */
public class EveryPage {

	/** The webhook receiver that is never there, so that deliveries fail and wait. */
	private static final String RECEIVER = "Zaaksysteem van de gemeente met een lange naam";

	/**
	 * Switches off the receiver that {@link #create()} subscribed: in a context that
	 * other tests share, their events must not queue deliveries for it (a test that
	 * counts its own deliveries would find two).
	 */
	public void endWebhooks() {
		jdbc.sql("update webhook_subscription set active = false where name = :name").param("name", RECEIVER).update();
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	/** The pages one account visits. */
	public record Visit(Pro who, List<String> paths) {

		public String username() {
			return who.username();
		}

	}

	@Autowired
	TestData data;

	@Autowired
	FamilySystemManagement familySystem;

	@Autowired
	HouseholdQueries households;

	@Autowired
	ShareManagement shares;

	@Autowired
	ExpertiseRequestManagement expertiseRequests;

	@Autowired
	ReportManagement reports;

	@Autowired
	HouseholdClosing closing;

	@Autowired
	nl.kernteam.plan.SafetyConditionManagement safety;

	@Autowired
	nl.kernteam.assessment.AssessmentManagement assessments;

	@Autowired
	nl.kernteam.household.HouseholdDestructions destructions;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Autowired
	nl.kernteam.safetyteam.CourtOrderManagement courtOrders;

	@Autowired
	nl.kernteam.safetyteam.LegalStepManagement legalSteps;

	@Autowired
	nl.kernteam.household.HouseholdManagement householdManagement;

	@Autowired
	nl.kernteam.identity.IdentityManagement identity;

	@Autowired
	nl.kernteam.webhook.WebhookManagement webhooks;

	@Autowired
	nl.kernteam.plan.PlanManagement plans;

	@Autowired
	nl.kernteam.network.EmergencyAccessManagement emergencyAccess;

	@Autowired
	nl.kernteam.learning.CaseReviews reviews;

	/**
	 * The pages of {@link #create()} that the browser tests open, per account that may
	 * see them.
	 */
	public List<Visit> visits() {
		return create().visits();
	}

	/**
	 * What {@link #create()} answers: the pages the browser tests open; the other pages
	 * of a professional, with the same data; and the family's pages, with the member who
	 * sees them.
	 */
	public record Pages(List<Visit> visits, List<Visit> more, TestData.Fam member, List<String> family) {
	}

	/** Creates the data and answers every page, per account that may see it. */
	public Pages create() {
		Pro worker = data.professional(OrganisationType.LOCAL_TEAM);
		String admin = "admin" + TestData.unique();
		var administrator = new Pro(identity.createProfessional(
				new nl.kernteam.identity.CreateProfessional(admin, TestData.PASSWORD, "Beheerder " + admin, null,
						java.util.Set.of(Role.FUNCTIONAL_ADMIN), admin + "@example.org", null)));
		// a receiver that is never there: the households registered below make
		// messages that fail and wait for their next attempt
		webhooks.subscribe(administrator.actor(),
				new nl.kernteam.webhook.CreateWebhook(RECEIVER,
						"http://127.0.0.1:9/kernteam/webhooks/ontvanger-met-een-heel-lang-adres-" + TestData.unique(),
						java.util.Set.of(nl.kernteam.webhook.WebhookKind.values())));
		HouseholdId household = longWordedHousehold(worker);
		HouseholdId grandmother = data.household(worker);
		data.informal(worker, household, "Truus de Wit", "oma");
		familySystem.link(worker.actor(), household,
				new LinkHouseholds(null, grandmother.value(), LinkKind.GRANDPARENTS, "Oma vangt de kinderen op"));
		var parent = households.details(worker.actor(), household).members().get(0);
		familySystem.recordLifeDomains(worker.actor(), household,
				new RecordLifeDomains(null, parent.id(), LocalDate.now().minusDays(1),
						List.of(new RecordLifeDomains.Score(LifeDomain.FINANCES, 2, "Schulden", null))));
		UUID partner = data.involve(worker, household, data.professional(OrganisationType.MENTAL_HEALTH), "PARTNER");
		shares.share(worker.actor(), household, new ShareWithPartner(null, partner, SharedItem.ASSESSMENTS,
				LegalBasis.LEGAL_DUTY, List.of(), LocalDate.now().plusMonths(3), "Meldrecht, artikel 7.1.1 Jeugdwet"));
		reports.record(worker.actor(), household,
				new RecordReport(data.organisation(OrganisationType.VEILIG_THUIS).id(), ReportKind.REPORT,
						LocalDate.of(2026, 4, 24), false));
		Pro officer = data.professional(OrganisationType.OTHER, Role.PRIVACY_OFFICER);
		Pro raad = data.professional(OrganisationType.CHILD_PROTECTION_BOARD);
		Pro raadLead = data.professional(
				new nl.kernteam.identity.OrganisationSummary(raad.summary().organisationId(), null, null, null, null),
				Role.PROFESSIONAL, Role.TEAM_LEAD);
		UUID request = expertiseRequests.request(worker.actor(), household,
				new ExpertiseRequestInput(raad.summary().organisationId(), "Is een raadsonderzoek nodig?",
						ExpertiseRequestUrgency.URGENT, LocalDate.now().plusWeeks(6)));
		// a closed file, so that the list of closed files one may reopen has a row and
		// its form
		HouseholdId closed = data.household(worker);
		closing.close(worker.actor(), closed,
				new CloseHousehold("Het gaat weer goed thuis", "We kunnen zelf verder", 8));
		// a destroyed file, so that the privacy officer's record of destruction has a row
		HouseholdId destroyed = data.household(worker);
		closing.close(worker.actor(), destroyed, new CloseHousehold("Klaar", null, 9));
		transactions.executeWithoutResult(tx -> destructions.destroyOnRequest(officer.actor(), destroyed,
				"Het gezin vroeg erom; niets verzet zich ertegen"));
		String base = "/households/" + household.value();
		// the plan's safety conditions with a check not held, and its status over time
		UUID condition = safety.addCondition(worker.actor(), household, new nl.kernteam.plan.AddSafetyCondition(null,
				"Er wordt niet geslagen waar de kinderen bij zijn.", null));
		safety.recordCheck(worker.actor(), household, condition, new nl.kernteam.plan.RecordConditionCheck(null,
				LocalDate.now(nl.kernteam.shared.AmsterdamTime.ZONE), false, "Truus de Wit", "Ruzie op zaterdag."));
		safety.setStatus(worker.actor(), household, new nl.kernteam.plan.SetSafetyStatus(
				nl.kernteam.plan.SafetyStatus.STABLE_SAFETY, LocalDate.now(nl.kernteam.shared.AmsterdamTime.ZONE)));
		// an assessment judged acutely and structurally unsafe: the page says reporting
		// is the norm
		var assessment = assessments.create(worker.actor(), household, new nl.kernteam.assessment.CreateAssessment(null,
				LocalDate.now(nl.kernteam.shared.AmsterdamTime.ZONE), List.of(), false));
		var judged = nl.kernteam.assessment.AssessmentDocument
			.start(LocalDate.now(nl.kernteam.shared.AmsterdamTime.ZONE), List.of());
		assessments.save(worker.actor(), household, assessment,
				new nl.kernteam.assessment.SaveAssessment(1, judged.date(), List.of(), null, null, null, null, null,
						null, new nl.kernteam.assessment.Safety(true, true, true), null, "Herhaald geweld.", null, null,
						null));
		UUID order = legalTrack(worker, household, parent.id());
		Pro teamLead = data.professional(
				new nl.kernteam.identity.OrganisationSummary(worker.summary().organisationId(), null, null, null, null),
				Role.PROFESSIONAL, Role.TEAM_LEAD);

		// a core-team member whose e-mail address and organisation run long
		var longOrganisation = identity.createOrganisation(new nl.kernteam.identity.CreateOrganisation(
				"Stichting Jeugdbescherming Regio Rotterdam-Rijnmond en Zuid-Holland-Zuid " + TestData.unique(),
				OrganisationType.YOUTH_PROTECTION_AGENCY, "010 123 4567", null));
		String longName = "longname" + TestData.unique();
		var longWorded = new Pro(identity.createProfessional(new nl.kernteam.identity.CreateProfessional(longName,
				TestData.PASSWORD, "Jozefien van der Heijden-Wijnberg-Vredenburgh", longOrganisation.id(),
				java.util.Set.of(Role.PROFESSIONAL),
				"jozefien.vanderheijden-wijnberg-vredenburgh@jeugdbescherming-rotterdam-rijnmond.example.org",
				"06 1234 5678")));
		UUID longInvolvement = data.involve(worker, household, longWorded, "CORE_TEAM");

		var visits = new ArrayList<Visit>();
		visits.add(new Visit(worker,
				List.of(base, base + "/family-system", base + "/life-domains", base + "/plan", base + "/helpers",
						base + "/network", base + "/shares/new?involvementId=" + partner,
						// the forms that moved to the one form pattern, and the note form
						// with
						// its audience
						base + "/timeline", base + "/edit", base + "/network/involvements/new",
						base + "/network/informal/new", base + "/network/contact-person", base + "/network/director",
						"/households/new", "/signals/new", base + "/expertise-requests/new",
						// the reports' clocks on the start page and the meldcode trail
						"/", base + "/meldcode",
						// the safety judgement with its way to the meldcode, the plan's
						// safety,
						// printed
						base + "/assessments/" + assessment.value(), base + "/plan/print",
						// the assessment edited whole, and one part of it (issue 17)
						base + "/assessments/" + assessment.value() + "/edit",
						base + "/assessments/" + assessment.value() + "/edit?part=KEY_DECISIONS",
						// closing the file, and the closed files one may reopen
						base + "/close", "/households/closed",
						// the legal track: orders with their warnings, a step on an
						// order, a
						// request to the Raad
						base + "/court-orders", base + "/court-orders/" + order + "/extensions",
						base + "/court-orders/" + emergencyOrder + "/hearing", base + "/raad-requests/new",
						// the pages the list above passed by
						"/households", "/notifications", "/signals", "/signals/organisation", base + "/assessments",
						base + "/assessments/" + assessment.value() + "/history", base + "/withholdings",
						base + "/network/involvements/" + longInvolvement + "/end")));
		visits.add(new Visit(raad, List.of("/expertise-requests", "/expertise-requests/" + request)));
		// the team lead's overview of the requests and clocks
		visits.add(new Visit(raadLead, List.of("/team/expertise-requests")));
		visits.add(new Visit(officer, List.of("/privacy", "/privacy/verification", "/privacy/emergency-accesses",
				base + "/access-log", "/privacy/destructions", "/privacy/data-requests", "/privacy/access-log")));
		// the team lead's measures and team (learning); the case review's pages:
		// LearningBrowserTests
		visits.add(new Visit(teamLead,
				List.of("/learning/measures", "/team", "/team/" + worker.id(), "/learning/rhythm")));
		visits.add(new Visit(administrator, List.of("/admin", "/admin/organisations", "/admin/professionals",
				"/admin/professionals/new", "/admin/professionals/" + longWorded.id(),
				// the webhooks (issue 18): the form's error and the secret in
				// WebhookAdminBrowserTests
				"/admin/webhooks", "/admin/webhooks/new", "/admin/webhooks/deliveries",
				"/admin/webhooks/deliveries?filter=DELIVERED", "/login/refused", "/login/refused?family=true")));
		// the household's pages under emergency access, which only reads: without the
		// forms that would be refused
		Pro emergency = data.professional(OrganisationType.VEILIG_THUIS);
		emergencyAccess.requestEmergencyAccess(emergency.actor(), household, "Melding in de nacht, kinderen alleen");
		visits.add(new Visit(emergency,
				List.of(base, base + "/timeline", base + "/plan", base + "/family-system", base + "/life-domains",
						base + "/court-orders", base + "/meldcode", base + "/withholdings", base + "/reflections")));
		// the pages the browser tests leave to tests of their own
		var agreement = plans.addAgreement(worker.actor(), household,
				new nl.kernteam.plan.AddAgreement(null, null, "Elke ochtend ontbijt maken", "Sanne", null, null));
		UUID review = transactions.execute(tx -> reviews.start(teamLead.actor(), closed).id());
		var more = new ArrayList<Visit>();
		more.add(new Visit(worker, List.of(base + "/plan/agreements/" + agreement.value(), base + "/plan/start",
				base + "/court-orders/" + order + "/instructions", base + "/court-orders/" + order + "/placement",
				base + "/reflections", base + "/assessments/new", "/expertise-requests/" + request + "/extend")));
		more.add(new Visit(teamLead,
				List.of("/households/" + closed.value() + "/case-reviews/" + review,
						"/households/" + closed.value() + "/case-reviews/" + review + "/anonymised",
						"/learning/startfoto", "/team/objections")));
		expertiseRequests.accept(raad.actor(), request,
				new nl.kernteam.safetyteam.ExpertiseRequestAcceptance(raad.id()));
		more.add(new Visit(raad, List.of("/expertise-requests/" + request + "/answer")));
		more.add(new Visit(data.professional(OrganisationType.POLICE), List.of(base + "/emergency-access")));
		// the household's pages as those who read it but do not change all of it: a
		// colleague in the core team (not the legal track), an expert (no case review), a
		// partner with nothing shared (what it needs to know)
		var householdPages = List.of(base, base + "/timeline", base + "/plan", base + "/network",
				base + "/family-system", base + "/life-domains");
		for (String as : List.of("CORE_TEAM", "EXPERT", "PARTNER")) {
			Pro reader = data
				.professional("PARTNER".equals(as) ? OrganisationType.SCHOOL : OrganisationType.LOCAL_TEAM);
			data.involve(worker, household, reader, as);
			var paths = new ArrayList<>(householdPages);
			if (!"PARTNER".equals(as)) {
				paths.addAll(List.of(base + "/court-orders", base + "/assessments", base + "/reflections",
						base + "/withholdings", base + "/meldcode"));
			}
			more.add(new Visit(reader, paths));
			if ("CORE_TEAM".equals(as)) {
				// the legal track without its steps and forms, in the browser too
				visits.add(new Visit(reader, List.of(base + "/court-orders")));
			}
		}
		var member = data.familyMember(worker, household, parent.id());
		var family = List.of("/family", "/family/plan", "/family/plan/print", "/family/sharing", "/family/access-log",
				"/family/court-orders", "/family/messages", "/family/objections", "/family/rights",
				"/family/agreements/" + agreement.value(), "/family/assessments/" + assessment.value(),
				"/family/views/new?kind=ASSESSMENT&id=" + assessment.value(),
				"/family/heard/new?kind=ASSESSMENT&id=" + assessment.value());
		return new Pages(visits, more, member, family);
	}

	/**
	 * A household whose parent has a long e-mail address and a long family name: text
	 * that must wrap on a phone.
	 */
	private HouseholdId longWordedHousehold(Pro worker) {
		String family = "Vredenburgh-Wijnberg" + TestData.unique();
		return householdManagement.register(worker.actor(), new nl.kernteam.household.RegisterHousehold(null, null,
				List.of(new nl.kernteam.household.MemberInput(null, "Sanne", family, LocalDate.of(1988, 3, 14),
						nl.kernteam.household.MemberRole.PARENT, null, false, "06 1234 5678",
						"sanne.vredenburgh-wijnberg.thuisadres@ziggo-internetdiensten.example.nl", true, null, null),
						new nl.kernteam.household.MemberInput(null, "Daan", family, LocalDate.of(2014, 6, 2),
								nl.kernteam.household.MemberRole.CHILD, null, false, null, null, true, null, null),
						new nl.kernteam.household.MemberInput(null, "Evi", family, LocalDate.of(2017, 11, 23),
								nl.kernteam.household.MemberRole.CHILD, null, false, null, null, true, null, null)),
				null, null));
	}

	/**
	 * A supervision order that ends soon (the extension warning), an emergency placement
	 * without a hearing, a request to the Raad with its table and advice, and a placement
	 * decision outside the own network; answers the supervision order.
	 */
	/**
	 * The emergency placement order {@link #legalTrack} records, still without a hearing.
	 */
	private UUID emergencyOrder;

	private UUID legalTrack(Pro worker, HouseholdId household, UUID notAChild) {
		var children = households.details(worker.actor(), household)
			.members()
			.stream()
			.filter(m -> !m.id().equals(notAChild))
			.toList();
		LocalDate today = LocalDate.now(nl.kernteam.shared.AmsterdamTime.ZONE);
		UUID order = courtOrders.record(worker.actor(), household,
				new nl.kernteam.safetyteam.RecordCourtOrder(children.get(0).id(),
						nl.kernteam.safetyteam.CourtOrderKind.SUPERVISION, today.minusMonths(11), today.minusMonths(11),
						today.minusMonths(11).plusYears(1), null, today.plusMonths(6),
						"Jonge kinderen: een half jaar, zo spraken we af met de ouders."));
		emergencyOrder = courtOrders.record(worker.actor(), household,
				new nl.kernteam.safetyteam.RecordCourtOrder(children.get(1).id(),
						nl.kernteam.safetyteam.CourtOrderKind.EMERGENCY_PLACEMENT, today.minusDays(3),
						today.minusDays(3), today.plusDays(11), null, null, null));
		UUID request = legalSteps.request(worker.actor(), household,
				new nl.kernteam.safetyteam.RaadRequestInput.Request(today.minusDays(20),
						"Is een ondertoezichtstelling nodig?"));
		legalSteps.table(worker.actor(), household, request,
				new nl.kernteam.safetyteam.RaadRequestInput.TableMeeting(today.minusDays(14),
						java.util.Set.of(nl.kernteam.safetyteam.RaadRequestInput.Participant.PARENTS,
								nl.kernteam.safetyteam.RaadRequestInput.Participant.INDEPENDENT_CHAIR),
						nl.kernteam.safetyteam.RaadRequestInput.TableOutcome.INVESTIGATION));
		legalSteps.decide(worker.actor(), household,
				new nl.kernteam.safetyteam.PlacementDecisionInput(children.get(1).id(),
						nl.kernteam.safetyteam.PlacementDecisionInput.Kind.OUT_OF_HOME_PLACEMENT, today.minusDays(3),
						nl.kernteam.safetyteam.PlacementDecisionInput.Place.FOSTER_CARE,
						nl.kernteam.safetyteam.PlacementDecisionInput.Basis.VOLUNTARY, null,
						"Oma kan niet voor haar zorgen.", "Thuis is het nu niet veilig."));
		return order;
	}

}
