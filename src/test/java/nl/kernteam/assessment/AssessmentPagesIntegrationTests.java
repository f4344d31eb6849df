package nl.kernteam.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.kernteam.assessment.AssessmentDocument.Participant;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class AssessmentPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AssessmentManagement management;

	@Autowired
	AssessmentQueries queries;

	Pro worker;

	HouseholdId household;

	AssessmentId assessment;

	@BeforeEach
	void setUp() {
		worker = data.professional(OrganisationType.LOCAL_TEAM);
		household = data.household(worker);
		assessment = management.create(worker.actor(), household,
				new CreateAssessment(null, LocalDate.of(2025, 3, 12),
						List.of(new Participant(null, "Sanne", ParticipantKind.FAMILY, null, null, null),
								new Participant(null, "Wijkteam", ParticipantKind.PROFESSIONAL, null, null, null)),
						false));
	}

	String page() {
		return "/households/" + household + "/assessments/" + assessment;
	}

	/**
	 * The form as the page sends it: both participants, one worry, one danger statement;
	 * {@code overrides} are name-value pairs that replace (or, with a new name, add) a
	 * field.
	 */
	MockHttpServletRequestBuilder form(int version, String... overrides) {
		var details = queries.details(worker.actor(), household, assessment);
		var people = details.document().participants();
		var fields = new java.util.LinkedHashMap<String, String>();
		fields.put("version", String.valueOf(version));
		fields.put("date", "2025-03-12");
		fields.put("participants[0].id", people.get(0).id().toString());
		fields.put("participants[0].name", "Sanne");
		fields.put("participants[0].kind", "FAMILY");
		fields.put("participants[0].view", "Het gaat beter.");
		fields.put("participants[0].score", "7");
		fields.put("participants[1].id", people.get(1).id().toString());
		fields.put("participants[1].name", "Wijkteam");
		fields.put("participants[1].kind", "PROFESSIONAL");
		fields.put("participants[1].score", "3");
		fields.put("worries[0].id", WORRY.toString());
		fields.put("worries[0].kind", "HARM");
		fields.put("worries[0].text", "Harde ruzies waar de kinderen bij zijn.");
		fields.put("dangerStatements[0].id", DANGER.toString());
		fields.put("dangerStatements[0].text", "Wij zijn bang dat Daan weer ruzie ziet.");
		fields.put("dangerStatements[0].safetyGoal", "Daan ziet geen ruzie meer.");
		fields.put("safety.acute", "false");
		fields.put("safety.structural", "true");
		fields.put("rationale", "Herhaalde ruzies.");
		fields.put("explanations[WORRIES]", "Wij maken ons zorgen om de ruzies.");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		var request = post(page()).with(worker.session()).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	static final UUID WORRY = UUID.randomUUID();

	static final UUID DANGER = UUID.randomUUID();

	@Test
	void showsTheWholeAssessmentOnOnePage() throws Exception {
		mvc.perform(get(page() + "/edit").with(worker.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Wie zijn er, en hoe zien zij het?"),
					containsString("Feiten"), containsString("Waar maken we ons zorgen over?"),
					containsString("Wat gaat goed?"), containsString("Gevaarsstellingen en veiligheidsdoelen"),
					containsString("Wat moet er gebeuren?"), containsString("Hoe veilig is het? De schaalvraag"),
					containsString("Oordeel en verklarende analyse"), containsString("Kernbeslissingen"),
					containsString("Score van Sanne"), containsString("name=\"explanations[WORRIES]\""))));
	}

	@Test
	void savesTheFormAsANewVersion() throws Exception {
		mvc.perform(form(1, "save", "1"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/households/*/assessments/*"));
		var saved = queries.details(worker.actor(), household, assessment);
		assertThat(saved.version()).isEqualTo(2);
		assertThat(saved.document().scores()).extracting(AssessmentDocument.Score::score).containsExactly(7, 3);
		assertThat(saved.document().worries().get(0).text()).isEqualTo("Harde ruzies waar de kinderen bij zijn.");
		assertThat(saved.document().dangerStatements().get(0).safetyGoal()).isEqualTo("Daan ziet geen ruzie meer.");
		assertThat(saved.document().explanations().worries()).isEqualTo("Wij maken ons zorgen om de ruzies.");
		assertThat(saved.document().participants().get(0).view()).isEqualTo("Het gaat beter.");
	}

	@Test
	void addingARowKeepsWhatWasTypedAndSavesNothing() throws Exception {
		mvc.perform(form(1, "add", "strengths"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Harde ruzies waar de kinderen bij zijn."),
					containsString("name=\"strengths[0].text\""), containsString("autofocus"))));
		mvc.perform(form(1, "remove", "worries:0"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Harde ruzies waar de kinderen bij zijn."))));
		assertThat(queries.details(worker.actor(), household, assessment).version()).isEqualTo(1);
	}

	@Test
	void showsTheProblemNextToTheFieldAndKeepsTheInput() throws Exception {
		mvc.perform(form(1, "save", "1", "rationale", "", "participants[1].score", "12",
				"dangerStatements[0].safetyGoal", ""))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"participants1.score-error\""), containsString("form-field--invalid"),
						containsString("Elke gevaarsstelling heeft een veiligheidsdoel"),
						containsString("Harde ruzies waar de kinderen bij zijn."))));
		mvc.perform(form(1, "save", "1", "rationale", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"rationale-error\""), containsString(
					"Bij acute of structurele onveiligheid en bij een ontwikkelingsbedreiging hoort een onderbouwing"))));
		assertThat(queries.details(worker.actor(), household, assessment).version()).isEqualTo(1);
	}

	@Test
	void aStaleSaveShowsWhatChangedNextToTheUsersOwnInput() throws Exception {
		Pro colleague = data.professional(OrganisationType.VEILIG_THUIS);
		jdbc.sql(
				"""
						insert into involvement (id, household_id, professional_id, organisation_id, role, reason, started_at, started_by)
						values (:id, :household, :professional, :organisation, 'CORE_TEAM', 'Melding', now(), :professional)
						""")
			.param("id", UUID.randomUUID())
			.param("household", household.value())
			.param("professional", colleague.id())
			.param("organisation", colleague.summary().organisationId())
			.update();
		var stored = queries.details(colleague.actor(), household, assessment);
		var changed = new AssessmentDocument(stored.document().date(), stored.document().participants(), null,
				List.of(AssessmentDocument.Item.of("Moeder drinkt weer.")), null, null, null, null, null, null, null,
				null, null, null);
		management.save(colleague.actor(), household, assessment, SaveAssessment.of(1, changed));

		mvc.perform(form(1, "save", "1"))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("Iemand anders heeft deze oordeelsvorming opgeslagen"),
					containsString(colleague.summary().name()), containsString("Moeder drinkt weer."),
					containsString("Harde ruzies waar de kinderen bij zijn."),
					containsString("name=\"version\" value=\"2\""))));
		var now = queries.details(worker.actor(), household, assessment);
		assertThat(now.version()).isEqualTo(2);
		assertThat(now.document().worries()).extracting(AssessmentDocument.Item::text)
			.containsExactly("Moeder drinkt weer.");
		// the user takes the other's change into account and saves on top of the current
		// version
		mvc.perform(form(2, "save", "1")).andExpect(status().is3xxRedirection());
		assertThat(queries.details(worker.actor(), household, assessment).version()).isEqualTo(3);
	}

	@Test
	void startsANewAssessmentOnceWhenTheFormIsSentTwice() throws Exception {
		mvc.perform(get("/households/" + household + "/assessments/new").with(worker.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wie zitten er aan tafel?")));
		var members = jdbc.sql("select id from member where household_id = :h order by position")
			.param("h", household.value())
			.query(UUID.class)
			.list();
		String submission = UUID.randomUUID().toString();
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/households/" + household + "/assessments").with(worker.session())
				.with(csrf())
				.param("submissionId", submission)
				.param("date", "2025-06-01")
				.param("chosen", "member:" + members.get(0), "member:" + members.get(1), "professional:" + worker.id())
				.param("copyPrevious", "true"))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrlPattern("/households/*/assessments/" + submission + "/edit"));
		}
		var created = queries.details(worker.actor(), household, AssessmentId.of(UUID.fromString(submission)));
		assertThat(created.document().participants()).extracting(Participant::kind)
			.containsExactly(ParticipantKind.FAMILY, ParticipantKind.FAMILY, ParticipantKind.PROFESSIONAL);
		assertThat(created.document().participants().get(0).memberId()).isEqualTo(members.get(0));
		assertThat(created.document().participants().get(2).professionalId()).isEqualTo(worker.id());
	}

	@Test
	void theHistoryAndTheListShowTheSaves() throws Exception {
		mvc.perform(form(1, "save", "1")).andExpect(status().is3xxRedirection());
		mvc.perform(get(page() + "/history").with(worker.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Versie 2"), containsString("Versie 1"),
					containsString(worker.summary().name()),
					containsString("Zorgen: Toegevoegd: \u201cHarde ruzies waar de kinderen bij zijn.\u201d"),
					containsString("Schaalvraag: Toegevoegd: \u201cSanne: 7\u201d"),
					containsString("Oordeel en analyse: Acute onveiligheid: (leeg) \u2192 Nee"),
					containsString("Oordeel en analyse: Structurele onveiligheid: (leeg) \u2192 Ja"))));
		mvc.perform(get("/households/" + household + "/assessments").with(worker.session()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("12 maart 2025"), containsString("Structurele onveiligheid"))));
	}

	@Test
	void theHouseholdPageShowsTheChartWithItsTable() throws Exception {
		mvc.perform(form(1, "save", "1")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/households/" + household).with(worker.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<svg class=\"score-chart__svg\""),
					containsString("role=\"img\""), containsString("Scores als tabel"),
					containsString("Laatste gesprek openen"), containsString("verschil 4"),
					containsString("liggen de scores van het gezin en van de professionals 4 punten uit elkaar"))));
	}

	@Test
	void underEmergencyAccessThePageIsReadOnly() throws Exception {
		Pro police = data.professional(OrganisationType.POLICE);
		jdbc.sql(
				"""
						insert into emergency_access (id, household_id, professional_id, organisation_id, reason, started_at, expires_at)
						values (:id, :household, :professional, :organisation, 'Acute zorg', now(), now() + interval '1 hour')
						""")
			.param("id", UUID.randomUUID())
			.param("household", household.value())
			.param("professional", police.id())
			.param("organisation", police.summary().organisationId())
			.update();
		mvc.perform(get(page() + "/edit").with(police.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("U bekijkt dit met noodtoegang"),
					containsString("<fieldset class=\"assessment-fieldset\" disabled=\"disabled\">"),
					not(containsString(">Opslaan</button>")))));
		mvc.perform(get("/households/" + household + "/assessments/new").with(police.session()))
			.andExpect(status().isForbidden());
	}

}
