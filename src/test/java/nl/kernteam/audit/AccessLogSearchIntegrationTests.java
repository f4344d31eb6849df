package nl.kernteam.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.Role;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The privacy officer finds a household by a member's name, searches the whole log by
 * professional, period, action and emergency, and exports it as CSV; the export is
 * logged. Nobody else may.
 */
@IntegrationTest
class AccessLogSearchIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	nl.kernteam.household.HouseholdManagement households;

	@Test
	void findsAHouseholdByAMembersName() throws Exception {
		Pro worker = data.professional(OrganisationType.LOCAL_TEAM);
		// letters only: a search with a digit in it is taken for a BSN
		String family = "Zoeknaam" + Integer.toString(TestData.unique(), 26)
			.chars()
			.mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'a' + c - '0' : c)))
			.collect(java.util.stream.Collectors.joining());
		var household = households.register(worker.actor(),
				new nl.kernteam.household.RegisterHousehold(null, null,
						java.util.List.of(new nl.kernteam.household.MemberInput(null, "Sanne", family,
								java.time.LocalDate.of(1988, 3, 14), nl.kernteam.household.MemberRole.PARENT, null,
								false, null, null, true, null, null)),
						null, null));
		Pro officer = data.professional(OrganisationType.OTHER, Role.PRIVACY_OFFICER);
		var session = new MockHttpSession();
		String location = mvc.perform(
				post("/privacy").session(session).with(officer.session()).with(csrf()).param("bsn", "Sanne " + family))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String html = mvc.perform(get(location).session(session).with(officer.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(html).select("ul.link-list a[href^=/households/]").eachAttr("href"))
			.containsExactly("/households/" + household.value() + "/access-log");
	}

	@Test
	void searchesTheWholeLogByProfessionalAndActionAndExportsIt() throws Exception {
		Pro worker = data.professional(OrganisationType.LOCAL_TEAM);
		var household = data.household(worker);
		mvc.perform(get("/households/" + household.value()).with(worker.session())).andExpect(status().isOk());
		Pro officer = data.professional(OrganisationType.OTHER, Role.PRIVACY_OFFICER);
		String html = mvc
			.perform(get("/privacy/access-log").with(officer.session())
				.param("professional", worker.summary().name())
				.param("action", "READ"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		var rows = Jsoup.parse(html).select("tbody tr");
		assertThat(rows).isNotEmpty();
		assertThat(rows).allMatch(r -> r.text().contains(worker.summary().name()) && r.text().contains("bekeek"));
		String none = mvc
			.perform(get("/privacy/access-log").with(officer.session())
				.param("professional", worker.summary().name())
				.param("emergency", "true"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(none).select("tbody tr")).isEmpty();
		String older = mvc
			.perform(get("/privacy/access-log").with(officer.session())
				.param("professional", worker.summary().name())
				.param("from", "2020-01-01")
				.param("to", "2020-01-31"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(older).select("tbody tr")).isEmpty();

		String csv = mvc
			.perform(get("/privacy/access-log.csv").with(officer.session())
				.param("professional", worker.summary().name()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().skip(1)).isNotEmpty().allMatch(line -> line.contains(worker.summary().name()));
		assertThat(jdbc.sql("select count(*) from access_log where actor_id = :officer and action = 'EXPORT'")
			.param("officer", officer.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void onlyThePrivacyOfficerSearchesAndExports() throws Exception {
		Pro worker = data.professional(OrganisationType.LOCAL_TEAM);
		Pro lead = data.professional(OrganisationType.LOCAL_TEAM, Role.PROFESSIONAL, Role.TEAM_LEAD);
		for (Pro who : new Pro[] { worker, lead }) {
			mvc.perform(get("/privacy/access-log").with(who.session())).andExpect(status().isForbidden());
			mvc.perform(get("/privacy/access-log.csv").with(who.session())).andExpect(status().isForbidden());
		}
	}

	@Test
	void aFormulaInANameIsNotRunByASpreadsheet() {
		assertThat(AccessLogSearchController.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
	}

}
