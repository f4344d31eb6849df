package nl.kernteam.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class FamilySystemPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	HouseholdQueries households;

	@Autowired
	JdbcClient jdbc;

	Pro worker;

	@BeforeEach
	void setUp() {
		worker = data.professional(OrganisationType.LOCAL_TEAM);
	}

	@Test
	void recordsARelationWithAuthorityAndDrawsItInTheGenogramAndInWords() throws Exception {
		var household = data.household(worker);
		var members = households.details(worker.actor(), household).members();
		var parent = members.get(0);
		var child = members.get(1);
		UUID submission = UUID.randomUUID();
		for (int twice = 0; twice < 2; twice++) {
			mvc.perform(post("/households/{id}/family-system/relations", household.value()).with(worker.session())
				.with(csrf())
				.param("submissionId", submission.toString())
				.param("fromMemberId", parent.id().toString())
				.param("kind", "PARENT_OF")
				.param("toMemberId", child.id().toString())
				.param("parentalAuthority", "true")).andExpect(status().is3xxRedirection());
		}
		assertThat(jdbc.sql("select count(*) from member_relation where household_id = ?")
			.param(household.value())
			.query(Long.class)
			.single()).isEqualTo(1);

		mvc.perform(get("/households/{id}/family-system", household.value()).with(worker.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("line--parent line--authority")))
			.andExpect(content().string(containsString(parent.givenName() + " " + parent.familyName() + " is ouder van "
					+ child.givenName() + " " + child.familyName())))
			.andExpect(content().string(containsString("(met gezag)")))
			// the ecomap: the contact person around the family, in the picture and in
			// words
			.andExpect(content().string(containsString("ecomap__helper")))
			.andExpect(content().string(containsString(worker.summary().name() + " ("
					+ worker.summary().organisationName() + ") helpt als professional")));
	}

	@Test
	void showsTheRefusalNextToTheFieldForAuthorityOfASibling() throws Exception {
		var household = data.household(worker);
		var members = households.details(worker.actor(), household).members();
		String html = mvc
			.perform(post("/households/{id}/family-system/relations", household.value()).with(worker.session())
				.with(csrf())
				.param("fromMemberId", members.get(1).id().toString())
				.param("kind", "SIBLING_OF")
				.param("toMemberId", members.get(2).id().toString())
				.param("parentalAuthority", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"parentalAuthority-error\"")
			.contains("Alleen een ouder of voogd kan gezag hebben.");
	}

	@Test
	void anOutsiderGetsTheRefusalPage() throws Exception {
		var household = data.household(worker);
		var outsider = data.professional(OrganisationType.LOCAL_TEAM);
		mvc.perform(get("/households/{id}/family-system", household.value()).with(outsider.session()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/households/{id}/family-system/links", household.value()).with(outsider.session())
			.with(csrf())
			.param("otherHouseholdId", data.household(outsider).value().toString())
			.param("linkKind", "GRANDPARENTS")
			.param("linkReason", "x")).andExpect(status().isForbidden());
	}

	@Test
	void findsAndLinksAnotherHouseholdTheProfessionalSees() throws Exception {
		var household = data.household(worker);
		var grandmother = data.household(worker);
		String name = data.householdName(grandmother);
		mvc.perform(post("/households/{id}/family-system/links", household.value()).with(worker.session())
			.with(csrf())
			.param("search", name)
			.param("find", "1")).andExpect(status().isOk()).andExpect(content().string(containsString(name)));
		mvc.perform(post("/households/{id}/family-system/links", household.value()).with(worker.session())
			.with(csrf())
			.param("otherHouseholdId", grandmother.value().toString())
			.param("linkKind", "GRANDPARENTS")
			.param("linkReason", "Oma past drie dagen per week op")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/households/{id}/family-system", household.value()).with(worker.session()))
			.andExpect(content().string(containsString(name)));
	}

	@Test
	void aThemeShowsInTheGenogramOnlyToWhoSeesThePersonsHousehold() throws Exception {
		var grandparents = data.household(worker);
		var grandfather = households.details(worker.actor(), grandparents).members().get(0);
		var outsider = data.professional(OrganisationType.LOCAL_TEAM);
		var parents = data.household(outsider);
		mvc.perform(post("/households/{id}/family-system/themes", grandparents.value()).with(outsider.session())
			.with(csrf())
			.param("memberId", grandfather.id().toString())
			.param("theme", "ADDICTION")).andExpect(status().isForbidden());
		mvc.perform(post("/households/{id}/family-system/themes", grandparents.value()).with(worker.session())
			.with(csrf())
			.param("memberId", grandfather.id().toString())
			.param("theme", "ADDICTION")).andExpect(status().is3xxRedirection());
		String sentence = "Bij " + grandfather.givenName() + " " + grandfather.familyName() + " speelt:";
		mvc.perform(get("/households/{id}/family-system", grandparents.value()).with(worker.session()))
			.andExpect(content().string(containsString(sentence)));

		// linked to the parents' household: its professional sees that the grandparents
		// exist, not the theme
		data.involve(outsider, parents, worker, "PARTNER");
		mvc.perform(post("/api/v1/households/{id}/links", parents.value()).with(worker.basic())
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"otherHouseholdId\": \"" + grandparents.value()
					+ "\", \"kind\": \"GRANDPARENTS\", \"reason\": \"Opa\"}"))
			.andExpect(status().isCreated());
		String html = mvc.perform(get("/households/{id}/family-system", parents.value()).with(outsider.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Een huishouden waarbij u niet betrokken bent")
			.doesNotContain(sentence)
			.doesNotContain(grandfather.givenName() + " " + grandfather.familyName());
	}

	@Test
	void theFamilySystemPageIsOneAccessLogRowForItsHousehold() throws Exception {
		var household = data.household(worker);
		String count = "select count(*) from access_log where household_id = ? and actor_id = ? and action = 'READ'";
		long before = jdbc.sql(count).params(household.value(), worker.id()).query(Long.class).single();
		mvc.perform(get("/households/{id}/family-system", household.value()).with(worker.session()))
			.andExpect(status().isOk());
		assertThat(jdbc.sql(count).params(household.value(), worker.id()).query(Long.class).single())
			.isEqualTo(before + 1);
	}

	@Test
	void aDoubleClickOnMakeItAGoalMakesOneGoal() throws Exception {
		var household = data.household(worker);
		var parent = households.details(worker.actor(), household).members().get(0);
		mvc.perform(post("/households/{id}/life-domains", household.value()).with(worker.session())
			.with(csrf())
			.param("memberId", parent.id().toString())
			.param("date", "2026-11-01")
			.param("rows[0].domain", "FINANCES")
			.param("rows[0].score", "1")).andExpect(status().is3xxRedirection());
		var page = org.jsoup.Jsoup
			.parse(mvc.perform(get("/households/{id}/life-domains", household.value()).with(worker.session()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		var form = page.selectFirst("form:has(input[name=lifeDomain])");
		for (int click = 0; click < 2; click++) {
			var request = post(form.attr("action")).with(worker.session()).with(csrf());
			for (var input : form.select("input[type=hidden]")) {
				if (!input.attr("name").equals("_csrf")) {
					request = request.param(input.attr("name"), input.attr("value"));
				}
			}
			mvc.perform(request).andExpect(status().is3xxRedirection());
		}
		assertThat(jdbc.sql("select count(*) from plan_goal where household_id = ? and life_domain = 'FINANCES'")
			.param(household.value())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
