package nl.kernteam.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.Role;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class AssessmentApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AssessmentQueries queries;

	Pro worker;

	HouseholdId household;

	@BeforeEach
	void setUp() {
		worker = data.professional(OrganisationType.LOCAL_TEAM);
		household = data.household(worker);
	}

	/** Adds a professional to the household's network, as the network module would. */
	void involve(HouseholdId household, Pro pro) {
		jdbc.sql(
				"""
						insert into involvement (id, household_id, professional_id, organisation_id, role, reason, started_at, started_by)
						values (:id, :household, :professional, :organisation, 'EXPERT', 'Denkt mee', now(), :professional)
						""")
			.param("id", UUID.randomUUID())
			.param("household", household.value())
			.param("professional", pro.id())
			.param("organisation", pro.summary().organisationId())
			.update();
	}

	String url() {
		return "/api/v1/households/" + household + "/assessments";
	}

	String create(Pro pro) throws Exception {
		var result = mvc.perform(post(url()).with(pro.basic()).contentType(MediaType.APPLICATION_JSON).content("""
				{"date": "2025-03-12", "participants": [
				  {"name": "Sanne", "kind": "FAMILY"}, {"name": "Daan", "kind": "FAMILY"},
				  {"name": "Oma Riet", "kind": "INFORMAL"}, {"name": "Wijkteam", "kind": "PROFESSIONAL"}]}
				""")).andExpect(status().isCreated()).andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	static String document(int version, String scores, String judgement, String decisions) {
		return """
				{"version": %d, "date": "2025-03-12",
				 "participants": [
				   {"name": "Sanne", "kind": "FAMILY", "view": "Het gaat beter sinds de nieuwe afspraken."},
				   {"name": "Daan", "kind": "FAMILY", "view": "Ik schrik als ze ruzie maken."},
				   {"name": "Oma Riet", "kind": "INFORMAL"}, {"name": "Wijkteam", "kind": "PROFESSIONAL"}],
				 "facts": [{"text": "Politie kwam op 2 maart na een ruzie.", "source": "Politie", "certainty": "SEEN"},
				           {"text": "Daan slaapt slecht.", "source": "Sanne", "certainty": "TOLD"}],
				 "worries": [{"text": "Harde ruzies waar Daan bij is.", "kind": "HARM", "explanation": "Daan hoort de ruzies."}],
				 "strengths": [{"text": "Oma Riet vangt Daan op.", "kind": "EXISTING_SAFETY"}],
				 "nextSteps": [{"text": "Afspraak bij de GGZ maken.", "owner": "Sanne", "dueDate": "2025-04-01"}],
				 "dangerStatements": [
				   {"text": "Wij zijn bang dat Daan weer ruzie ziet.", "safetyGoal": "Daan ziet geen ruzie meer, een half jaar lang."},
				   {"text": "Wij zijn bang dat Daan niet naar school gaat.", "safetyGoal": "Daan gaat elke dag naar school."}],
				 "scores": %s,
				 "safetyJudgement": %s,
				 "rationale": "Herhaalde ruzies waar Daan bij is.",
				 "explanatoryAnalysis": "Spanning door schulden en weinig steun.",
				 "keyDecisions": %s,
				 "explanations": {"worries": "Wij maken ons zorgen omdat Daan de ruzies hoort."}}
				"""
			.formatted(version, scores, judgement == null ? "null" : "\"" + judgement + "\"", decisions);
	}

	static final String SCORES = """
			[{"participant": "Sanne", "score": 6}, {"participant": "Daan", "score": 4},
			 {"participant": "Wijkteam", "score": 3, "note": "Nog te vaak ruzie."}]""";

	ResultActions save(Pro pro, String id, String body) throws Exception {
		return mvc
			.perform(put(url() + "/" + id).with(pro.basic()).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	@Test
	void createsAnAssessmentAndReadsItBack() throws Exception {
		mvc.perform(post(url()).with(worker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\": \"2025-03-12\", \"participants\": [{\"name\": \"Sanne\", \"kind\": \"FAMILY\"}]}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location",
					org.hamcrest.Matchers.startsWith("/api/v1/households/" + household + "/assessments/")))
			.andExpect(jsonPath("$.id").isString())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.date").value("2025-03-12"))
			.andExpect(jsonPath("$.participants[0].name").value("Sanne"))
			.andExpect(jsonPath("$.participants[0].kind").value("FAMILY"))
			.andExpect(jsonPath("$.worries", hasSize(0)))
			.andExpect(jsonPath("$.dangerStatements", hasSize(0)));
	}

	@Test
	void savesTheWholeDocumentAndAnswersTheNewVersion() throws Exception {
		String id = create(worker);
		save(worker, id, document(1, SCORES, "STRUCTURAL", "[]")).andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2));
		mvc.perform(get(url() + "/" + id).with(worker.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.participants[1].view").value("Ik schrik als ze ruzie maken."))
			.andExpect(jsonPath("$.facts[0].certainty").value("SEEN"))
			.andExpect(jsonPath("$.facts[1].source").value("Sanne"))
			.andExpect(jsonPath("$.worries[0].text").value("Harde ruzies waar Daan bij is."))
			.andExpect(jsonPath("$.worries[0].kind").value("HARM"))
			.andExpect(jsonPath("$.worries[0].explanation").value("Daan hoort de ruzies."))
			.andExpect(jsonPath("$.strengths[0].kind").value("EXISTING_SAFETY"))
			.andExpect(jsonPath("$.nextSteps[0].owner").value("Sanne"))
			.andExpect(jsonPath("$.nextSteps[0].dueDate").value("2025-04-01"))
			.andExpect(jsonPath("$.dangerStatements", hasSize(2)))
			.andExpect(jsonPath("$.dangerStatements[0].id").isString())
			.andExpect(jsonPath("$.dangerStatements[0].safetyGoal")
				.value("Daan ziet geen ruzie meer, een half jaar lang."))
			.andExpect(jsonPath("$.scores", hasSize(3)))
			.andExpect(jsonPath("$.scores[1].participant").value("Daan"))
			.andExpect(jsonPath("$.scores[1].score").value(4))
			.andExpect(jsonPath("$.scores[2].note").value("Nog te vaak ruzie."))
			.andExpect(jsonPath("$.safetyJudgement").value("STRUCTURAL"))
			.andExpect(jsonPath("$.rationale").value("Herhaalde ruzies waar Daan bij is."))
			.andExpect(jsonPath("$.explanatoryAnalysis").value("Spanning door schulden en weinig steun."))
			.andExpect(jsonPath("$.explanations.worries").value("Wij maken ons zorgen omdat Daan de ruzies hoort."))
			.andExpect(jsonPath("$.keyDecisions", hasSize(0)));
	}

	@Test
	void refusesAScoreOutsideZeroToTen() throws Exception {
		String id = create(worker);
		for (int score : new int[] { 11, -1 }) {
			save(worker, id, document(1, "[{\"participant\": \"Sanne\", \"score\": " + score + "}]", null, "[]"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[0].field").value("scores[0].score"));
		}
		save(worker, id, document(1, "[{\"participant\": \"Niemand\", \"score\": 5}]", null, "[]"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scores[0].participant"));
		save(worker, id, document(1,
				"[{\"participant\": \"Sanne\", \"score\": 0}, {\"participant\": \"Daan\", \"score\": 10}]", null, "[]"))
			.andExpect(status().isOk());
	}

	@Test
	void refusesStructuralOrAcuteUnsafetyWithoutRationale() throws Exception {
		String id = create(worker);
		for (String judgement : List.of("STRUCTURAL", "ACUTE")) {
			save(worker, id,
					document(1, "[]", judgement, "[]").replace("\"Herhaalde ruzies waar Daan bij is.\"", "\"  \""))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("rationale"));
		}
		save(worker, id, document(1, "[]", "UNCLEAR", "[]")).andExpect(status().isBadRequest());
		save(worker, id, document(1, "[]", "NONE", "[]").replace("\"Herhaalde ruzies waar Daan bij is.\"", "null"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.safetyJudgement").value("NONE"));
	}

	@Test
	void placementDecisionNeedsABehaviouralScientistOtherThanTheRecorderAsChallenger() throws Exception {
		String id = create(worker);
		Pro colleague = data.professional(OrganisationType.LOCAL_TEAM);
		Pro scientist = data.professional(OrganisationType.VEILIG_THUIS, Role.PROFESSIONAL, Role.BEHAVIOURAL_SCIENTIST);
		String placement = """
				[{"decision": "Daan gaat tijdelijk bij oma Riet wonen.", "kind": "PLACEMENT",
				  "rationale": "Thuis is het nu niet veilig genoeg.", "challengedBy": %s,
				  "familyView": {"position": "DISAGREES", "words": "Wij willen Daan thuis houden."}}]""";
		save(worker, id, document(1, "[]", null, placement.formatted("null"))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("keyDecisions[0].challengedBy"));
		save(worker, id, document(1, "[]", null, placement.formatted("\"" + colleague.id() + "\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("keyDecisions[0].challengedBy"));
		save(worker, id, document(1, "[]", null, placement.formatted("\"" + UUID.randomUUID() + "\"")))
			.andExpect(status().isBadRequest());
		// a behavioural scientist does not challenge a decision they recorded themselves
		involve(household, scientist);
		save(scientist, id, document(1, "[]", null, placement.formatted("\"" + scientist.id() + "\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("keyDecisions[0].challengedBy"));
		save(worker, id, document(1, "[]", null, placement.formatted("\"" + scientist.id() + "\"")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.keyDecisions[0].kind").value("PLACEMENT"))
			.andExpect(jsonPath("$.keyDecisions[0].placement").value(true))
			.andExpect(jsonPath("$.keyDecisions[0].challengedBy").value(scientist.id().toString()))
			.andExpect(jsonPath("$.keyDecisions[0].challengedByName").value(scientist.summary().name()))
			.andExpect(jsonPath("$.keyDecisions[0].recordedBy").value(worker.id().toString()))
			.andExpect(jsonPath("$.keyDecisions[0].familyView.position").value("DISAGREES"))
			.andExpect(jsonPath("$.keyDecisions[0].familyView.words").value("Wij willen Daan thuis houden."));
	}

	@Test
	void aDecisionWithoutRationaleIsRefused() throws Exception {
		String id = create(worker);
		save(worker, id, document(1, "[]", null, "[{\"decision\": \"Hulp van de GGZ.\", \"rationale\": \"\"}]"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("keyDecisions[0].rationale")));
	}

	@Test
	void aStaleVersionGives409AndLosesNothing() throws Exception {
		String id = create(worker);
		Pro colleague = data.professional(OrganisationType.VEILIG_THUIS);
		involve(household, colleague);
		save(worker, id, document(1, SCORES, "STRUCTURAL", "[]")).andExpect(status().isOk());
		String stale = document(1, "[{\"participant\": \"Sanne\", \"score\": 9}]", "NONE", "[]")
			.replace("Harde ruzies waar Daan bij is.", "Geen zorgen meer.");
		save(colleague, id, stale).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(409))
			.andExpect(jsonPath("$.detail").isString())
			.andExpect(jsonPath("$.basedOnVersion").value(1))
			.andExpect(jsonPath("$.currentVersion").value(2))
			.andExpect(jsonPath("$.current").value("/api/v1/households/" + household + "/assessments/" + id))
			.andExpect(jsonPath("$.changes[*].part", hasItem("WORRIES")))
			.andExpect(jsonPath("$.savedSince[0].savedByName").value(worker.summary().name()));
		// what was saved first is still there, untouched
		mvc.perform(get(url() + "/" + id).with(colleague.basic()))
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.worries[0].text").value("Harde ruzies waar Daan bij is."))
			.andExpect(jsonPath("$.safetyJudgement").value("STRUCTURAL"))
			.andExpect(jsonPath("$.scores[0].score").value(6));
		assertThat(jdbc.sql("select count(*) from assessment_version where assessment_id = :id::uuid")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(2);
		// based on the current version, the colleague's save goes through
		save(colleague, id, stale.replace("\"version\": 1", "\"version\": 2")).andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(3));
	}

	@Test
	void theHistoryShowsWhoChangedWhat() throws Exception {
		String id = create(worker);
		Pro colleague = data.professional(OrganisationType.VEILIG_THUIS);
		involve(household, colleague);
		save(worker, id, document(1, SCORES, "STRUCTURAL", "[]")).andExpect(status().isOk());
		save(colleague, id,
				document(2, SCORES.replace("\"score\": 4", "\"score\": 5"), "STRUCTURAL", "[]")
					.replace("Oma Riet vangt Daan op.", "Oma Riet vangt Daan elke woensdag op."))
			.andExpect(status().isOk());
		mvc.perform(get(url() + "/" + id + "/versions").with(worker.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.items[0].version").value(3))
			.andExpect(jsonPath("$.items[0].savedByName").value(colleague.summary().name()))
			.andExpect(jsonPath("$.items[0].changes", hasSize(2)))
			.andExpect(jsonPath("$.items[0].changes[0].part").value("STRENGTHS"))
			.andExpect(jsonPath("$.items[0].changes[0].field").value("text"))
			.andExpect(jsonPath("$.items[0].changes[0].before").value("Oma Riet vangt Daan op."))
			.andExpect(jsonPath("$.items[0].changes[0].after").value("Oma Riet vangt Daan elke woensdag op."))
			.andExpect(jsonPath("$.items[0].changes[1].part").value("SCORES"))
			.andExpect(jsonPath("$.items[0].changes[1].subject").value("Daan"))
			.andExpect(jsonPath("$.items[0].changes[1].before").value("4"))
			.andExpect(jsonPath("$.items[0].changes[1].after").value("5"))
			.andExpect(jsonPath("$.items[1].savedByName").value(worker.summary().name()))
			.andExpect(jsonPath("$.items[2].version").value(1));
	}

	@Test
	void dangerStatementsKeepTheirIdsAcrossVersionsAndIntoTheNextAssessment() throws Exception {
		String id = create(worker);
		var saved = save(worker, id, document(1, SCORES, null, "[]")).andExpect(status().isOk()).andReturn();
		String body = saved.getResponse().getContentAsString();
		String first = JsonPath.read(body, "$.dangerStatements[0].id");
		// the client sends the document back as it got it, with one goal sharpened
		String edited = body.replace("Daan ziet geen ruzie meer, een half jaar lang.", "Daan ziet geen ruzie meer.");
		save(worker, id, edited).andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(3))
			.andExpect(jsonPath("$.dangerStatements[0].id").value(first))
			.andExpect(jsonPath("$.dangerStatements[0].safetyGoal").value("Daan ziet geen ruzie meer."));

		var next = mvc
			.perform(post(url()).with(worker.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"date\": \"2025-06-01\", \"participants\": [], \"copyPrevious\": true}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.dangerStatements[0].id").value(first))
			.andExpect(jsonPath("$.participants", hasSize(4)))
			.andExpect(jsonPath("$.scores", hasSize(0)))
			.andReturn();
		String nextId = JsonPath.read(next.getResponse().getContentAsString(), "$.id");

		var statements = queries.dangerStatements(worker.actor(), household);
		assertThat(statements).hasSize(2);
		assertThat(statements.get(0).id()).hasToString(first);
		assertThat(statements.get(0).assessmentId()).hasToString(nextId);
		assertThat(statements.get(0).safetyGoal()).isEqualTo("Daan ziet geen ruzie meer.");
	}

	@Test
	void listsTheHouseholdsAssessmentsLatestFirst() throws Exception {
		String older = create(worker);
		mvc.perform(post(url()).with(worker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\": \"2025-05-20\", \"participants\": [{\"name\": \"Sanne\", \"kind\": \"FAMILY\"}]}"))
			.andExpect(status().isCreated());
		mvc.perform(get(url()).with(worker.basic()).param("size", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].date").value("2025-05-20"));
		mvc.perform(get(url()).with(worker.basic()).param("size", "1").param("page", "1"))
			.andExpect(jsonPath("$.items[0].id").value(older))
			.andExpect(jsonPath("$.items[0].participantCount").value(4));
	}

	@Test
	void acceptsPlainStringsForItemsAndTheFamilysView() throws Exception {
		String id = create(worker);
		save(worker, id,
				"""
						{"version": 1, "date": "2025-03-12", "participants": [{"name": "Sanne", "kind": "FAMILY"}],
						 "worries": ["Harde ruzies."], "strengths": "Oma helpt.", "nextSteps": [],
						 "keyDecisions": [{"decision": "Hulp van de GGZ.", "rationale": "Sanne wil dat zelf.", "familyView": "AGREES"}]}
						""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.worries[0].text").value("Harde ruzies."))
			.andExpect(jsonPath("$.strengths[0].text").value("Oma helpt."))
			.andExpect(jsonPath("$.keyDecisions[0].kind").value("OTHER"))
			.andExpect(jsonPath("$.keyDecisions[0].familyView.position").value("AGREES"));
	}

	@Test
	void refusesUnreadableOrIncompleteInputWithA400() throws Exception {
		String id = create(worker);
		save(worker, id, "{\"date\": \"2025-03-12\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		save(worker, id, "{not json").andExpect(status().isBadRequest());
		save(worker, id, document(1, "[]", null, "[]").replace("\"kind\": \"HARM\"", "\"kind\": \"STRENGTH\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("worries[0].kind"));
		save(worker, id,
				document(1, "[]", null, "[]").replace("\"Oma Riet\", \"kind\": \"INFORMAL\"",
						"\"Sanne\", \"kind\": \"INFORMAL\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("participants[2].name"));
		save(worker, id,
				document(1, "[]", null, "[]").replace("\"safetyGoal\": \"Daan gaat elke dag naar school.\"",
						"\"safetyGoal\": \"\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("dangerStatements[1].safetyGoal"));
		mvc.perform(post(url()).with(worker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"participants\": [{\"name\": \"X\", \"kind\": \"ALIEN\"}]}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post(url()).with(worker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"date\": \"2025-03-12\", \"participants\": [{\"name\": \"X\", \"kind\": \"FAMILY\", \"memberId\": \""
							+ UUID.randomUUID() + "\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("participants[0].memberId"));
	}

	@Test
	void theSameIdTwiceCreatesOneAssessment() throws Exception {
		UUID id = UUID.randomUUID();
		for (int i = 0; i < 2; i++) {
			mvc.perform(post(url()).with(worker.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"id\": \"" + id + "\", \"date\": \"2025-03-12\", \"participants\": []}"))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.id").value(id.toString()))
				.andExpect(jsonPath("$.version").value(1));
		}
		assertThat(jdbc.sql("select count(*) from assessment_version where assessment_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anAssessmentIsOnlyFoundUnderItsOwnHousehold() throws Exception {
		String id = create(worker);
		HouseholdId other = data.household(worker);
		mvc.perform(get("/api/v1/households/" + other + "/assessments/" + id).with(worker.basic()))
			.andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/households/" + other + "/assessments/" + id).with(worker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(document(1, "[]", null, "[]"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/households/" + UUID.randomUUID() + "/assessments").with(worker.basic()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theOpenApiDescriptionNamesTheAssessmentEndpoints() throws Exception {
		mvc.perform(get("/api/v1/openapi.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/households/{householdId}/assessments'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/households/{householdId}/assessments/{assessmentId}'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/households/{householdId}/assessments/{assessmentId}/versions'].get")
				.exists());
	}

}
