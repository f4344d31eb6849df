package nl.kernteam.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.kernteam.assessment.AssessmentDocument;
import nl.kernteam.assessment.AssessmentManagement;
import nl.kernteam.assessment.CreateAssessment;
import nl.kernteam.assessment.ParticipantKind;
import nl.kernteam.assessment.SaveAssessment;
import nl.kernteam.household.AddRelation;
import nl.kernteam.household.FamilySystemManagement;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdManagement;
import nl.kernteam.household.HouseholdQueries;
import nl.kernteam.household.MemberInput;
import nl.kernteam.household.MemberRole;
import nl.kernteam.household.RegisterHousehold;
import nl.kernteam.household.RelationKind;
import nl.kernteam.plan.AddAgreement;
import nl.kernteam.plan.AddGoal;
import nl.kernteam.plan.PlanManagement;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Fam;
import nl.kernteam.support.TestData.Pro;

/**
 * A family for the age-and-authority table: a mother with parental authority over her
 * children of 10, 12, 14, 16 and 17, their father without it, and one joint assessment in
 * which every member said something in their own words and gave a score; a plan with a
 * goal, an agreement and the next meeting. Each member's words are
 * {@code "Woorden van <name>"}.
 */
class SightFamily {

	static final List<String> NAMES = List.of("Moeder", "Vader", "Tim", "Lisa", "Noor", "Eva", "Sem");

	static final List<Integer> AGES = List.of(38, 40, 10, 12, 14, 16, 17);

	final Pro contactPerson;

	final HouseholdId household;

	final Map<String, UUID> members = new LinkedHashMap<>();

	final UUID assessment;

	final UUID secretWorry = UUID.randomUUID();

	final UUID goal;

	final String family;

	SightFamily(org.springframework.context.ApplicationContext context,
			org.springframework.test.web.servlet.MockMvc mvc) throws Exception {
		var data = context.getBean(TestData.class);
		var households = context.getBean(HouseholdManagement.class);
		var queries = context.getBean(HouseholdQueries.class);
		var relations = context.getBean(FamilySystemManagement.class);
		var assessments = context.getBean(AssessmentManagement.class);
		var plans = context.getBean(PlanManagement.class);
		var planQueries = context.getBean(nl.kernteam.plan.PlanQueries.class);
		contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		LocalDate today = LocalDate.now(AmsterdamTime.ZONE);
		family = "Zicht" + TestData.unique();
		var inputs = new ArrayList<MemberInput>();
		for (int i = 0; i < NAMES.size(); i++) {
			inputs.add(new MemberInput(null, NAMES.get(i), family, today.minusYears(AGES.get(i)).minusDays(1),
					i < 2 ? MemberRole.PARENT : MemberRole.CHILD, null, false));
		}
		household = households.register(contactPerson.actor(), new RegisterHousehold(null, null, inputs, null, null));
		queries.details(contactPerson.actor(), household).members().forEach(m -> members.put(m.givenName(), m.id()));
		for (String child : NAMES.subList(2, NAMES.size())) {
			relations.addRelation(contactPerson.actor(), household, new AddRelation(null, members.get("Moeder"), null,
					members.get(child), RelationKind.PARENT_OF, true, null));
			relations.addRelation(contactPerson.actor(), household, new AddRelation(null, members.get("Vader"), null,
					members.get(child), RelationKind.PARENT_OF, false, null));
		}
		var participants = new ArrayList<AssessmentDocument.Participant>();
		var scores = new ArrayList<AssessmentDocument.Score>();
		for (int i = 0; i < NAMES.size(); i++) {
			UUID id = UUID.randomUUID();
			participants.add(new AssessmentDocument.Participant(id, NAMES.get(i), ParticipantKind.FAMILY,
					members.get(NAMES.get(i)), null, "Woorden van " + NAMES.get(i)));
			scores.add(new AssessmentDocument.Score(id, null, i, "Cijfer van " + NAMES.get(i)));
		}
		UUID professional = UUID.randomUUID();
		participants.add(new AssessmentDocument.Participant(professional, "Jeugdprofessional",
				ParticipantKind.PROFESSIONAL, null, null, "Woorden van de professional"));
		scores.add(new AssessmentDocument.Score(professional, null, 6, null));
		assessment = assessments
			.create(contactPerson.actor(), household, new CreateAssessment(null, today, List.of(), false))
			.value();
		var document = new AssessmentDocument(today, participants, null, List.of(
				new AssessmentDocument.Item(null, null, "Er is vaak ruzie thuis", "Er is veel ruzie.", null, null),
				new AssessmentDocument.Item(secretWorry, null, "Geheime zorg over de opvang", null, null, null)),
				List.of(AssessmentDocument.Item.of("Oma helpt elke week")),
				List.of(AssessmentDocument.Item.of("Een vaste dag voor huiswerk")),
				List.of(new AssessmentDocument.DangerStatement(null, "Wij zijn bang dat de kinderen ruzie zien",
						"De kinderen zijn veilig als er ruzie is", "Dit is ons grootste zorgpunt.")),
				scores, new nl.kernteam.assessment.Safety(false, true, true), null,
				"Vaak ruzie waar de kinderen bij zijn.", null,
				List.of(new AssessmentDocument.KeyDecision(null, nl.kernteam.assessment.DecisionKind.HELP, false,
						"Gezinshulp komt twee keer per week", "Zo krijgen de ouders hulp bij de ruzies", null, null,
						null, new AssessmentDocument.FamilyView(nl.kernteam.assessment.FamilyPosition.AGREES, null),
						"De hulp komt bij u thuis.", null, null, null)),
				AssessmentDocument.Explanations.from(part -> part == nl.kernteam.assessment.Part.WORRIES
						? "Dit zijn de dingen waar wij ons zorgen over maken." : null));
		assessments.save(contactPerson.actor(), household, nl.kernteam.assessment.AssessmentId.of(assessment),
				SaveAssessment.of(1, document));
		plans.start(contactPerson.actor(), household, null,
				List.of(new AddGoal(null, "Rust in huis", "Iedereen voelt zich veilig thuis.", null, null)));
		goal = planQueries.plan(contactPerson.actor(), household).goals().get(0).id();
		plans.addAgreement(contactPerson.actor(), household,
				new AddAgreement(null, goal, "Moeder belt oma als het misgaat", "Moeder", null, today.plusDays(14)));
		if (mvc == null) {
			return;
		}
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/households/{id}/plan/evaluations", household.value())
			.with(contactPerson.basic())
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"plannedOn\": \"" + today.plusDays(30) + "\"}"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated());
	}

	/** Keeps the secret worry from Noor, for safety's sake, for three months. */
	void withholdTheWorryFromNoor(Withholdings withholdings) {
		withholdings.withhold(contactPerson.actor(), household,
				new Withhold(members.get("Noor"), FamilyItemKind.WORRY, secretWorry, WithholdingReason.SAFETY_OF_CHILD,
						"Gaat over de opvang van een ander kind", LocalDate.now(AmsterdamTime.ZONE).plusMonths(3)));
	}

	Fam account(TestData data, String name) {
		return data.familyMember(contactPerson, household, members.get(name));
	}

}
