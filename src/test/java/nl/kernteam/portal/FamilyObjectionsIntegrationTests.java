package nl.kernteam.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.OrganisationSummary;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.Role;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Fam;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Objections, complaints and data requests: filed by the family as itself, due on the
 * last day of the legal term, answered by the named role of the contact person's
 * organisation, and the family sees the answer.
 */
@IntegrationTest
class FamilyObjectionsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	OrganisationSummary organisation;

	Pro contactPerson;

	Pro teamLead;

	Pro privacyOfficer;

	HouseholdId household;

	Fam mother;

	@BeforeEach
	void aFamilyAndItsHandlers() {
		organisation = data.organisation(OrganisationType.LOCAL_TEAM);
		contactPerson = data.professional(organisation);
		teamLead = data.professional(organisation, Role.PROFESSIONAL, Role.TEAM_LEAD);
		// as in a region: the privacy officer works for the municipality, not the local
		// team
		privacyOfficer = data.professional(OrganisationType.MUNICIPALITY, Role.PRIVACY_OFFICER);
		household = data.household(contactPerson);
		UUID parent = jdbc
			.sql("select id from member where household_id = :h and role = 'PARENT' order by position limit 1")
			.param("h", household.value())
			.query(UUID.class)
			.single();
		mother = data.familyMember(contactPerson, household, parent);
	}

	ResultActions file(String json) throws Exception {
		return mvc.perform(post("/api/v1/family/objections").with(mother.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	@Test
	void anObjectionIsDueInSixWeeksAndTheTeamLeadAnswersIt() throws Exception {
		var today = AmsterdamTime.today(clock);
		String id = JsonPath
			.read(file("{\"text\": \"Ik ben het niet eens met het besluit.\"}").andExpect(status().isCreated())
				.andExpect(jsonPath("$.status").value("RECEIVED"))
				.andExpect(jsonPath("$.kind").value("OBJECTION"))
				.andExpect(jsonPath("$.dueOn").value(today.plusWeeks(6).toString()))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.id");
		mvc.perform(get("/team/objections").with(teamLead.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ik ben het niet eens met het besluit.")));
		mvc.perform(get("/team/objections").with(contactPerson.session())).andExpect(status().isForbidden());
		mvc.perform(post("/team/objections/" + id).with(teamLead.session())
			.with(csrf())
			.param("status", "IN_PROGRESS")
			.param("answer", "")).andExpect(redirectedUrl("/team/objections"));
		mvc.perform(get("/api/v1/family/objections").with(mother.basic()))
			.andExpect(jsonPath("$.items[0].status").value("IN_PROGRESS"));
		mvc.perform(post("/team/objections/" + id).with(teamLead.session())
			.with(csrf())
			.param("status", "ANSWERED")
			.param("answer", "")).andExpect(redirectedUrl("/team/objections"));
		mvc.perform(get("/api/v1/family/objections").with(mother.basic()))
			.andExpect(jsonPath("$.items[0].status").value("IN_PROGRESS"));
		mvc.perform(post("/team/objections/" + id).with(teamLead.session())
			.with(csrf())
			.param("status", "ANSWERED")
			.param("answer", "Wij bespreken het besluit opnieuw met u.")).andExpect(redirectedUrl("/team/objections"));
		mvc.perform(get("/api/v1/family/objections").with(mother.basic()))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].status").value("ANSWERED"))
			.andExpect(jsonPath("$.items[0].answer").value("Wij bespreken het besluit opnieuw met u."))
			.andExpect(jsonPath("$.items[0].answeredByName").value(teamLead.summary().name()));
		mvc.perform(get("/family/objections").with(mother.session()))
			.andExpect(content().string(containsString("Wij bespreken het besluit opnieuw met u.")));
		mvc.perform(get("/team/objections").with(teamLead.session()))
			.andExpect(content().string(not(containsString("Ik ben het niet eens met het besluit."))));
		assertThat(jdbc.sql("""
				select count(*) from access_log where household_id = :h and actor_id = :lead and action = 'UPDATE'
				   and resource = :resource and basis = 'TEAM_LEAD'
				""")
			.param("h", household.value())
			.param("lead", teamLead.id())
			.param("resource", "objection:" + id)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aDataRequestIsDueInAMonthAndGoesToThePrivacyOfficerNotTheTeamLead() throws Exception {
		var today = AmsterdamTime.today(clock);
		String id = JsonPath.read(file("{\"kind\": \"DATA_REQUEST\", \"text\": \"Ik wil zien wat er over mij staat.\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.dueOn").value(today.plusMonths(1).toString()))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		mvc.perform(get("/team/objections").with(teamLead.session()))
			.andExpect(content().string(not(containsString("Ik wil zien wat er over mij staat."))));
		mvc.perform(post("/team/objections/" + id).with(teamLead.session())
			.with(csrf())
			.param("status", "ANSWERED")
			.param("answer", "Niet de mijne")).andExpect(status().isNotFound());
		mvc.perform(get("/privacy/data-requests").with(privacyOfficer.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ik wil zien wat er over mij staat.")));
		mvc.perform(post("/privacy/data-requests/" + id).with(privacyOfficer.session())
			.with(csrf())
			.param("status", "ANSWERED")
			.param("answer", "U krijgt een kopie van uw dossier.")).andExpect(redirectedUrl("/privacy/data-requests"));
		mvc.perform(get("/api/v1/family/objections").with(mother.basic()))
			.andExpect(jsonPath("$.items[0].answer").value("U krijgt een kopie van uw dossier."));
	}

	@Test
	void aHandlerOfAnotherOrganisationNeitherSeesNorAnswersIt() throws Exception {
		var otherLead = data.professional(OrganisationType.LOCAL_TEAM, Role.PROFESSIONAL, Role.TEAM_LEAD);
		String id = JsonPath
			.read(file("{\"kind\": \"COMPLAINT\", \"text\": \"Niemand belde terug.\"}").andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.id");
		mvc.perform(get("/team/objections").with(otherLead.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Niemand belde terug."))));
		mvc.perform(post("/team/objections/" + id).with(otherLead.session())
			.with(csrf())
			.param("status", "ANSWERED")
			.param("answer", "Van een ander")).andExpect(status().isNotFound());
	}

	@Test
	void anObjectionAboutAnotherHouseholdsItemIsNotFoundAndEmptyTextIsRefused() throws Exception {
		file("{\"about\": {\"kind\": \"ASSESSMENT\", \"id\": \"%s\"}, \"text\": \"Bezwaar\"}"
			.formatted(UUID.randomUUID())).andExpect(status().isNotFound());
		file("{\"text\": \"  \"}").andExpect(status().isBadRequest());
		mvc.perform(post("/family/objections").with(mother.session())
			.with(csrf())
			.param("kind", "COMPLAINT")
			.param("text", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Schrijf wat u wilt zeggen.")));
		mvc.perform(get("/family/rights").with(mother.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("088 555 1000")))
			.andExpect(content().string(containsString("https://www.juridischloket.nl")));
	}

}
