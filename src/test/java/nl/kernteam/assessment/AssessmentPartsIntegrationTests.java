package nl.kernteam.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

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

/**
 * Issue 17: the assessment opens to read, one part is edited at a time (and saving it
 * changes nothing else, with the version still guarding the whole document), and a
 * meeting started but never saved neither hides the last judgement nor stays forever.
 */
@IntegrationTest
class AssessmentPartsIntegrationTests {

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
		assessment = start(LocalDate.of(2025, 3, 12));
	}

	AssessmentId start(LocalDate date) {
		return management.create(worker.actor(), household, new CreateAssessment(null, date,
				List.of(new Participant(null, "Sanne", ParticipantKind.FAMILY, null, null, null)), false));
	}

	String page(AssessmentId id) {
		return "/households/" + household + "/assessments/" + id;
	}

	/** Saves the first assessment whole: a view, a score, a worry and a judgement. */
	void saveWhole() throws Exception {
		var sanne = queries.details(worker.actor(), household, assessment).document().participants().get(0);
		mvc.perform(post(page(assessment)).with(worker.session())
			.with(csrf())
			.param("version", "1")
			.param("date", "2025-03-12")
			.param("participants[0].id", sanne.id().toString())
			.param("participants[0].name", "Sanne")
			.param("participants[0].kind", "FAMILY")
			.param("participants[0].view", "Het gaat beter.")
			.param("participants[0].score", "7")
			.param("worries[0].kind", "HARM")
			.param("worries[0].text", "Harde ruzies.")
			.param("safety.acute", "false")
			.param("safety.structural", "false")
			.param("safety.developmentalThreat", "false")
			.param("save", "1")).andExpect(status().is3xxRedirection());
	}

	@Test
	void opensToReadWithAnEditLinkPerPartAndNoForm() throws Exception {
		saveWhole();
		mvc.perform(get(page(assessment)).with(worker.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Het gaat beter."), containsString("Harde ruzies."),
					containsString("Geen onveiligheid"), containsString("/edit?part=FACTS"),
					containsString("aria-label=\"Feiten bewerken\""), containsString("Nog niets ingevuld."),
					not(containsString("<textarea")), not(containsString("type=\"radio\"")))));
	}

	@Test
	void editingOnePartShowsOnlyItsFormAndSavesOnlyIt() throws Exception {
		saveWhole();
		mvc.perform(get(page(assessment) + "/edit").param("part", "FACTS").with(worker.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Bewerken: Feiten"),
					containsString("name=\"part\" value=\"FACTS\""), containsString("Nog een feit toevoegen"),
					not(containsString("Score van Sanne")), not(containsString("Nog een zorg toevoegen")))));
		mvc.perform(post(page(assessment)).with(worker.session())
			.with(csrf())
			.param("version", "2")
			.param("part", "FACTS")
			.param("facts[0].text", "Politie kwam op 2 maart.")
			.param("facts[0].source", "Politie")
			.param("facts[0].certainty", "SEEN")
			.param("explanations[FACTS]", "Wat er gebeurd is.")
			.param("save", "1"))
			.andExpect(redirectedUrl(page(assessment)))
			.andExpect(flash().attribute("focusId", "part-FACTS"));
		var saved = queries.details(worker.actor(), household, assessment);
		assertThat(saved.version()).isEqualTo(3);
		assertThat(saved.document().facts()).extracting(AssessmentDocument.Fact::text)
			.containsExactly("Politie kwam op 2 maart.");
		assertThat(saved.document().worries()).extracting(AssessmentDocument.Item::text)
			.containsExactly("Harde ruzies.");
		assertThat(saved.document().scores()).extracting(AssessmentDocument.Score::score).containsExactly(7);
		assertThat(saved.document().participants().get(0).view()).isEqualTo("Het gaat beter.");
		assertThat(saved.document().safety()).isNotNull();
		assertThat(saved.document().explanations().facts()).isEqualTo("Wat er gebeurd is.");

		// a part saved on an older version is refused, and nothing changes
		mvc.perform(post(page(assessment)).with(worker.session())
			.with(csrf())
			.param("version", "2")
			.param("part", "WORRIES")
			.param("save", "1")).andExpect(status().isConflict());
		assertThat(queries.details(worker.actor(), household, assessment).document().worries()).hasSize(1);
	}

	@Test
	void aNewMeetingDoesNotHideTheLastJudgementAndCanBeDiscardedUnsaved() throws Exception {
		saveWhole();
		var started = start(LocalDate.of(2025, 6, 1));
		mvc.perform(get("/households/" + household).with(worker.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("12 maart 2025"), containsString("Geen onveiligheid"),
					containsString("Het gesprek van 1 juni 2025 heeft nog geen oordeel."))));
		mvc.perform(get(page(started) + "/edit").with(worker.session()))
			.andExpect(content().string(containsString("Gesprek weggooien")));

		Pro outsider = data.professional(OrganisationType.MENTAL_HEALTH);
		mvc.perform(post(page(started) + "/discard").with(outsider.session()).with(csrf()))
			.andExpect(status().isForbidden());
		// a saved assessment stays: its versions are the record
		mvc.perform(post(page(assessment) + "/discard").with(worker.session()).with(csrf()))
			.andExpect(status().isConflict());

		mvc.perform(post(page(started) + "/discard").with(worker.session()).with(csrf()))
			.andExpect(redirectedUrl("/households/" + household));
		assertThat(jdbc.sql("select count(*) from assessment where household_id = :h")
			.param("h", household.value())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from access_log where household_id = :h and resource = :r")
			.param("h", household.value())
			.param("r", "assessment:" + started + ":discard")
			.query(Long.class)
			.single()).isEqualTo(1);
		mvc.perform(get(page(started)).with(worker.session())).andExpect(status().isNotFound());
	}

	@Test
	void startingANewMeetingOpensItsForm() throws Exception {
		mvc.perform(post("/households/" + household + "/assessments").with(worker.session())
			.with(csrf())
			.param("date", "2025-06-01")).andExpect(redirectedUrlPattern("/households/*/assessments/*/edit"));
	}

}
