package nl.kernteam.safetyteam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class MeldcodePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	Pro contactPerson;

	HouseholdId household;

	String page;

	@BeforeEach
	void aFamily() {
		contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		household = data.household(contactPerson);
		page = "/households/" + household.value() + "/meldcode";
	}

	@Test
	void theHouseholdPageLeadsToTheTrailWhichShowsTheStepsAndTheNormToReport() throws Exception {
		var householdPage = Jsoup
			.parse(mvc.perform(get("/households/" + household.value()).with(contactPerson.session()))
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(householdPage.select("a[href=" + page + "]")).hasSize(1);
		mvc.perform(post(page + "/steps").with(contactPerson.session())
			.with(csrf())
			.param("step", "MAP_SIGNALS")
			.param("doneOn", "2026-03-02")
			.param("notes", "Kindcheck: twee kinderen")).andExpect(redirectedUrl(page + "#steps"));
		mvc.perform(post(page + "/weighing").with(contactPerson.session())
			.with(csrf())
			.param("suspicion", "true")
			.param("unsafety", "true")
			.param("helpPossible", "")).andExpect(redirectedUrl(page + "#weighing"));
		var body = Jsoup.parse(mvc.perform(get(page).with(contactPerson.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(body.select("#steps + ol > li")).hasSize(5);
		assertThat(body.select("#steps + ol > li").first().text()).contains("Kindcheck: twee kinderen", "2 mrt. 2026");
		assertThat(body.select(".alert--warning").text()).contains("melden bij Veilig Thuis de norm");
		assertThat(body.select("#unsafety option[selected]").attr("value")).isEqualTo("true");
		assertThat(body.select("#helpPossible option[selected]")).isEmpty();
	}

	@Test
	void theChildCheckAsksWhetherTheChildrenAreSafeNextToItsField() throws Exception {
		var body = Jsoup.parse(mvc
			.perform(post(page + "/child-check").with(contactPerson.session())
				.with(csrf())
				.param("checkedOn", "2026-03-02")
				.param("hasChildren", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(body.select("#childrenSafe ~ .form-error").text()).contains("veilig");
		mvc.perform(post(page + "/child-check").with(contactPerson.session())
			.with(csrf())
			.param("checkedOn", "2026-03-02")
			.param("hasChildren", "true")
			.param("childrenSafe", "false")).andExpect(redirectedUrl(page + "#child-check"));
		assertThat(Jsoup
			.parse(mvc.perform(get(page).with(contactPerson.session())).andReturn().getResponse().getContentAsString())
			.select("#child-check + p + p .badge")
			.text()).contains("Kinderen niet veilig");
	}

	@Test
	void helpAloneIsRefusedNextToTheDecisionField() throws Exception {
		mvc.perform(post(page + "/weighing").with(contactPerson.session())
			.with(csrf())
			.param("suspicion", "true")
			.param("unsafety", "true"));
		var body = Jsoup.parse(mvc
			.perform(post(page + "/decision").with(contactPerson.session())
				.with(csrf())
				.param("decision", "HELP_ORGANISED")
				.param("decidedOn", "2026-03-09"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(body.select("#decision-choice ~ .form-error").text()).contains("melden de norm");
	}

}
