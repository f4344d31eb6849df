package nl.kernteam.portal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.FamilyAccounts;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Fam;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The family's own pages and the activation page, on the embedded PostgreSQL. */
@IntegrationTest
class FamilyPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FamilyAccountManagement management;

	Pro contactPerson;

	HouseholdId household;

	UUID mother;

	@BeforeEach
	void aFamily() {
		contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		household = data.household(contactPerson);
		mother = jdbc.sql("select id from member where household_id = :h and role = 'PARENT'")
			.param("h", household.value())
			.query(UUID.class)
			.single();
	}

	@Test
	void theMotherSeesHerContactPersonAndWhoLookedAtTheFile() throws Exception {
		Fam family = data.familyMember(contactPerson, household, mother);
		mvc.perform(get("/family").with(family.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(contactPerson.summary().name())));
		mvc.perform(get("/family/access-log").with(family.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Keek in het dossier")));
	}

	/**
	 * An agreement that is not there (an address that does not exist at all is Spring
	 * Boot's error page, which MockMvc does not render: ProblemPageBrowserTests).
	 */
	@Test
	void aFamilyPageThatIsNotThereKeepsTheFamilysLayoutMenuAndWayOut() throws Exception {
		Fam family = data.familyMember(contactPerson, household, mother);
		mvc.perform(get("/family/agreements/{id}", UUID.randomUUID()).with(family.session()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Niet gevonden")))
			// the family's layout (a professional's brand leads to /, its title ends in
			// "Kernteam")
			.andExpect(content().string(containsString("<title>Niet gevonden · Mijn Kernteam</title>")))
			.andExpect(content().string(containsString("class=\"site-header__brand\" href=\"/family\"")))
			.andExpect(content().string(containsString("class=\"portal-nav\"")))
			.andExpect(content().string(containsString("href=\"/family/plan\"")))
			.andExpect(content().string(containsString("Uitloggen")))
			.andExpect(content().string(containsString("href=\"/family\">Naar de startpagina")));
	}

	@Test
	void theActivationPageActivatesWithTheCodeAndSaysAWrongCodeNextToTheField() throws Exception {
		mvc.perform(get("/family/activate")).andExpect(status().isOk());
		mvc.perform(post("/family/activate").with(csrf()).with(request -> {
			request.setRemoteAddr("198.51.100.2");
			return request;
		})
			.param("activationCode", "AAAA-BBBB-CCCC")
			.param("username", "iemand" + TestData.unique())
			.param("password", "een lang wachtwoord"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Deze code klopt niet")))
			.andExpect(content().string(containsString("form-field form-field--invalid")));
		FamilyAccounts.Invitation invitation = inviteTheMother();
		mvc.perform(post("/family/activate").with(csrf())
			.param("activationCode", invitation.activationCode())
			.param("username", "sanne" + TestData.unique())
			.param("password", "een lang wachtwoord")).andExpect(redirectedUrl("/login?activated"));
		mvc.perform(get("/login").param("activated", ""))
			.andExpect(content().string(containsString("Uw account staat aan")))
			.andExpect(content().string(not(containsString(invitation.activationCode()))));
	}

	@Test
	void theContactPersonInvitesFromTheHouseholdPageAndGetsTheLetterWithTheCodeOnce() throws Exception {
		mvc.perform(get("/households/{id}", household.value()).with(contactPerson.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Eigen Kernteam van het gezin")))
			.andExpect(content().string(containsString("Geen account")));
		var letter = mvc
			.perform(post("/households/{id}/family-accounts", household.value()).with(contactPerson.session())
				.with(csrf())
				.param("memberId", mother.toString()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(content().string(containsString("/family/activate")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var code = java.util.regex.Pattern.compile("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}").matcher(letter);
		org.assertj.core.api.Assertions.assertThat(code.find()).as("the code is on the letter").isTrue();
		mvc.perform(get("/households/{id}", household.value()).with(contactPerson.session()))
			.andExpect(content().string(containsString("Uitgenodigd, code nog niet gebruikt")))
			.andExpect(content().string(not(containsString(code.group()))));

		var coreTeam = data.professional(OrganisationType.LOCAL_TEAM);
		data.involve(contactPerson, household, coreTeam, "CORE_TEAM");
		mvc.perform(get("/households/{id}", household.value()).with(coreTeam.session()))
			.andExpect(content().string(containsString("Eigen Kernteam van het gezin")))
			.andExpect(content().string(not(containsString("Nieuwe code voor"))));
		var partner = data.professional(OrganisationType.MENTAL_HEALTH);
		data.involve(contactPerson, household, partner, "PARTNER");
		mvc.perform(get("/households/{id}", household.value()).with(partner.session()))
			.andExpect(content().string(not(containsString("Eigen Kernteam van het gezin"))));
	}

	FamilyAccounts.Invitation inviteTheMother() {
		return management.invite(contactPerson.actor(), household, mother);
	}

}
