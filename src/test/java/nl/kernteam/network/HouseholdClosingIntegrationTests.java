package nl.kernteam.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closing a household's file ends all access; reopening restores a contact person and
 * keeps the past (issue 15, "Closing the file").
 */
@IntegrationTest
class HouseholdClosingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	nl.kernteam.identity.OrganisationSummary team;

	Pro contactPerson;

	Pro coreTeam;

	Pro partner;

	HouseholdId household;

	@BeforeEach
	void aHouseholdWithANetwork() {
		team = data.organisation(OrganisationType.LOCAL_TEAM);
		contactPerson = data.professional(team);
		household = data.household(contactPerson);
		coreTeam = data.professional(OrganisationType.LOCAL_TEAM);
		data.involve(contactPerson, household, coreTeam, "CORE_TEAM");
		partner = data.professional(OrganisationType.MENTAL_HEALTH);
		data.involve(contactPerson, household, partner, "PARTNER");
		data.informal(contactPerson, household, "Oma Truus", "grootmoeder");
	}

	ResultActions close(Pro by, String body) throws Exception {
		return mvc.perform(post("/api/v1/households/{id}/close", household.value()).with(by.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	ResultActions reopen(Pro by) throws Exception {
		return mvc.perform(post("/api/v1/households/{id}/reopen", household.value()).with(by.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Nieuwe zorgen gemeld door school\"}"));
	}

	static final String CLOSING = """
			{"reason": "Het gaat weer goed; de afspraken houden al een half jaar stand.",
			 "familyView": "We zijn blij dat we verder kunnen.", "lastScale": 8}
			""";

	long current(String table) {
		return jdbc.sql("select count(*) from " + table + " where household_id = :h and ended_at is null")
			.param("h", household.value())
			.query(Long.class)
			.single();
	}

	@Test
	void closingEndsEveryInvolvementAndNoProfessionalSeesTheHouseholdAnyMore() throws Exception {
		close(coreTeam, CLOSING).andExpect(status().isForbidden());
		close(contactPerson, "{\"reason\": \"  \"}").andExpect(status().isBadRequest());
		close(contactPerson, "{\"reason\": \"Klaar\", \"lastScale\": 11}").andExpect(status().isBadRequest());
		close(contactPerson, "{\"reason\": \"Klaar\", \"lastScale\": -1}").andExpect(status().isBadRequest());
		var familyBefore = data.familyMember(contactPerson, household,
				jdbc.sql("select id from member where household_id = :h and role = 'PARENT'")
					.param("h", household.value())
					.query(UUID.class)
					.single());
		close(contactPerson, CLOSING).andExpect(status().isOk());

		assertThat(current("involvement")).as("every involvement, the informal one too").isZero();
		assertThat(current("contact_person")).isZero();
		for (Pro professional : new Pro[] { contactPerson, coreTeam, partner }) {
			mvc.perform(get("/api/v1/households/{id}", household.value()).with(professional.basic()))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/households").with(professional.basic())).andExpect(jsonPath("$.total").value(0));
		}
		mvc.perform(post("/api/v1/households/{id}/emergency-access", household.value()).with(partner.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Acute zorg\"}")).andExpect(status().isForbidden());
		var privacyOfficer = data.professional(OrganisationType.LOCAL_TEAM, Role.PRIVACY_OFFICER);
		mvc.perform(get("/api/v1/households/{id}/access-log", household.value()).with(privacyOfficer.basic()))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("""
				select retention_until = :expected and last_scale = 8 from household_closure where household_id = :h
				""")
			.param("h", household.value())
			.param("expected", java.time.LocalDate.now(nl.kernteam.shared.AmsterdamTime.ZONE).plusYears(20))
			.query(Boolean.class)
			.single()).as("kept 20 years from today in Amsterdam").isTrue();
		mvc.perform(get("/family").with(familyBefore.session()))
			.andExpect(content().string(containsString("De hulp is gestopt op")))
			.andExpect(content().string(containsString("We zijn blij dat we verder kunnen.")));
		assertThat(jdbc.sql("select basis from access_log where household_id = :h and resource = 'closure'")
			.param("h", household.value())
			.query(String.class)
			.list()).contains("CONTACT_PERSON", "CLOSING_BY_CONTACT_PERSON");
	}

	@Test
	void theContactPersonClosesFromTheNetworkPageWithTheReasonNextToTheField() throws Exception {
		mvc.perform(get("/households/{id}/network", household.value()).with(contactPerson.session()))
			.andExpect(content().string(containsString("Hulp afsluiten")));
		mvc.perform(get("/households/{id}/network", household.value()).with(coreTeam.session()))
			.andExpect(content().string(not(containsString("Hulp afsluiten"))));
		mvc.perform(get("/households/{id}/close", household.value()).with(coreTeam.session()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/households/{id}/close", household.value()).with(contactPerson.session())
			.with(csrf())
			.param("reason", "")
			.param("lastScale", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("reason-error")));
		assertThat(current("contact_person")).isOne();
		mvc.perform(post("/households/{id}/close", household.value()).with(contactPerson.session())
			.with(csrf())
			.param("reason", "Het gaat goed")
			.param("familyView", "Fijn")
			.param("lastScale", "9")).andExpect(redirectedUrl("/households"));
		assertThat(current("contact_person")).isZero();
	}

	@Test
	void theDatabaseAllowsAClosedHouseholdWithoutContactPersonButNoOpenOne() throws Exception {
		assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> jdbc
			.sql("update contact_person set ended_at = now() where household_id = :h and ended_at is null")
			.param("h", household.value())
			.update())).hasMessageContaining("has no current contact person");
		close(contactPerson, CLOSING).andExpect(status().isOk());
		assertThat(current("contact_person")).isZero();
	}

	@Test
	void theLastContactPersonReopensWithoutAHandoverAndThePastStays() throws Exception {
		var family = data.familyMember(contactPerson, household,
				jdbc.sql("select id from member where household_id = :h and role = 'PARENT'")
					.param("h", household.value())
					.query(UUID.class)
					.single());
		close(contactPerson, CLOSING).andExpect(status().isOk());
		mvc.perform(get("/family").with(family.session()))
			.andExpect(content().string(containsString("eerder wordt vernietigd")));
		reopen(coreTeam).andExpect(status().isForbidden());
		reopen(data.professional(OrganisationType.LOCAL_TEAM, Role.TEAM_LEAD)).andExpect(status().isForbidden());
		reopen(contactPerson).andExpect(status().isOk());
		reopen(contactPerson).andExpect(status().isConflict());

		mvc.perform(get("/api/v1/households/{id}/network", household.value()).with(contactPerson.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.contactPerson.professionalId").value(contactPerson.id().toString()))
			.andExpect(jsonPath("$.handovers").value(0));
		assertThat(
				jdbc.sql("select count(*) from household_closure where household_id = :h and reopened_at is not null")
					.param("h", household.value())
					.query(Long.class)
					.single())
			.as("the closure stays, marked reopened")
			.isEqualTo(1);
		mvc.perform(get("/api/v1/households/{id}", household.value()).with(coreTeam.basic()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/households/{id}/timeline", household.value()).with(contactPerson.session()))
			.andExpect(content().string(containsString("Dossier afgesloten, de hulp is gestopt: Het gaat weer goed")))
			.andExpect(content().string(containsString("Dossier heropend, de hulp is weer begonnen: Nieuwe zorgen")));
		mvc.perform(get("/family").with(family.session()))
			.andExpect(content().string(containsString("De hulp is weer begonnen op")))
			.andExpect(content().string(not(containsString("eerder wordt vernietigd"))));
	}

	@Test
	void onlyTheLastContactPersonFindsTheClosedFileNotAnEarlierOne() throws Exception {
		var next = data.professional(team);
		mvc.perform(put("/api/v1/households/{id}/contact-person", household.value()).with(contactPerson.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"professionalId\": \"%s\", \"reason\": \"Verhuizing\", \"previousStaysInvolved\": false}"
				.formatted(next.id())))
			.andExpect(status().isOk());
		close(next, CLOSING).andExpect(status().isOk());
		String name = data.householdName(household);
		mvc.perform(get("/households/closed").with(next.session())).andExpect(content().string(containsString(name)));
		// the first contact person's rows lead to the household, but they were not the
		// last
		mvc.perform(get("/households/closed").with(contactPerson.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(name))));
	}

	@Test
	void aTeamLeadOfTheLastContactPersonsTeamFindsTheClosedFileAndReopensIt() throws Exception {
		close(contactPerson, CLOSING).andExpect(status().isOk());
		var teamLead = data.professional(team, Role.PROFESSIONAL, Role.TEAM_LEAD);
		String name = data.householdName(household);
		mvc.perform(get("/households/closed").with(teamLead.session()))
			.andExpect(content().string(containsString(name)));
		mvc.perform(get("/households/closed").with(contactPerson.session()))
			.andExpect(content().string(containsString(name)));
		mvc.perform(get("/households/closed").with(coreTeam.session()))
			.andExpect(content().string(not(containsString(name))));
		// nor does a team lead of another organisation
		mvc.perform(get("/households/closed")
			.with(data.professional(OrganisationType.LOCAL_TEAM, Role.TEAM_LEAD).session()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(name))));
		mvc.perform(post("/households/{id}/reopen", household.value()).with(coreTeam.session())
			.with(csrf())
			.param("reason", "Nieuwe zorgen")).andExpect(status().isForbidden());
		mvc.perform(post("/households/{id}/reopen", household.value()).with(teamLead.session())
			.with(csrf())
			.param("reason", "Nieuwe zorgen")).andExpect(redirectedUrl("/households/closed"));
		mvc.perform(get("/api/v1/households/{id}", household.value()).with(contactPerson.basic()))
			.andExpect(status().isOk());
	}

}
