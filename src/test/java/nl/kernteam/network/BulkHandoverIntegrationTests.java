package nl.kernteam.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.OrganisationSummary;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.Role;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A team lead hands over a leaving colleague's families at once: to one or several
 * colleagues, each handover counted and logged as the single one, all or nothing, a
 * double submit handing nothing over twice; only the lead of that colleague's team may.
 * The team page shows the workload.
 */
@IntegrationTest
class BulkHandoverIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	Pro leaving;

	Pro lead;

	Pro first;

	Pro second;

	List<HouseholdId> families;

	@BeforeEach
	void setUp() {
		leaving = data.professional(OrganisationType.LOCAL_TEAM);
		var team = new OrganisationSummary(leaving.summary().organisationId(), null, null, null, null);
		lead = data.professional(team, Role.PROFESSIONAL, Role.TEAM_LEAD);
		first = data.professional(team);
		second = data.professional(team);
		families = List.of(data.household(leaving), data.household(leaving), data.household(leaving));
	}

	@Test
	void handsOverSelectedFamiliesToSeveralColleaguesEachCountedOnce() throws Exception {
		var form = post("/team/" + leaving.id() + "/handovers").with(lead.session())
			.with(csrf())
			.param("submissionId", UUID.randomUUID().toString())
			.param("selected", families.get(0).value().toString(), families.get(1).value().toString())
			.param("assign", "", families.get(1).value() + ":" + second.id(), "")
			.param("to", first.id().toString())
			.param("reason", "Collega gaat met pensioen");
		mvc.perform(form).andExpect(redirectedUrl("/team/" + leaving.id()));
		assertThat(contactPerson(families.get(0))).isEqualTo(first.id());
		assertThat(contactPerson(families.get(1))).isEqualTo(second.id());
		assertThat(contactPerson(families.get(2))).isEqualTo(leaving.id());
		// the same form again: nothing is handed over twice
		mvc.perform(form).andExpect(redirectedUrl("/team/" + leaving.id()));
		assertThat(handovers(families.get(0))).isEqualTo(2);
		assertThat(handovers(families.get(1))).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from access_log where household_id = :h and action = 'UPDATE'")
			.param("h", families.get(0).value())
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void handsOverAllFamiliesAtOnce() throws Exception {
		mvc.perform(post("/team/" + leaving.id() + "/handovers").with(lead.session())
			.with(csrf())
			.param("submissionId", UUID.randomUUID().toString())
			.param("all", "all")
			.param("to", first.id().toString())
			.param("reason", "Collega vertrekt")).andExpect(redirectedUrl("/team/" + leaving.id()));
		for (var family : families) {
			assertThat(contactPerson(family)).isEqualTo(first.id());
		}
	}

	@Test
	void oneRefusedFamilyHandsNoneOver() throws Exception {
		Pro outsideTeam = data.professional(OrganisationType.POLICE);
		mvc.perform(post("/team/" + leaving.id() + "/handovers").with(lead.session())
			.with(csrf())
			.param("submissionId", UUID.randomUUID().toString())
			.param("selected", families.get(0).value().toString(), families.get(1).value().toString())
			.param("assign", "", families.get(1).value() + ":" + outsideTeam.id())
			.param("to", first.id().toString())
			.param("reason", "Collega vertrekt")).andExpect(redirectedUrl("/team/" + leaving.id()));
		assertThat(contactPerson(families.get(0))).isEqualTo(leaving.id());
		assertThat(contactPerson(families.get(1))).isEqualTo(leaving.id());
	}

	@Test
	void withoutReasonOrColleagueNothingIsHandedOver() throws Exception {
		mvc.perform(post("/team/" + leaving.id() + "/handovers").with(lead.session())
			.with(csrf())
			.param("submissionId", UUID.randomUUID().toString())
			.param("selected", families.get(0).value().toString())
			.param("reason", "Collega vertrekt")).andExpect(redirectedUrl("/team/" + leaving.id()));
		mvc.perform(post("/team/" + leaving.id() + "/handovers").with(lead.session())
			.with(csrf())
			.param("submissionId", UUID.randomUUID().toString())
			.param("selected", families.get(0).value().toString())
			.param("to", first.id().toString())
			.param("reason", " ")).andExpect(redirectedUrl("/team/" + leaving.id()));
		assertThat(contactPerson(families.get(0))).isEqualTo(leaving.id());
	}

	@Test
	void onlyTheLeadOfThatTeamHandsOver() throws Exception {
		Pro otherLead = data.professional(OrganisationType.LOCAL_TEAM, Role.PROFESSIONAL, Role.TEAM_LEAD);
		var attempt = post("/team/" + leaving.id() + "/handovers").with(csrf())
			.param("submissionId", UUID.randomUUID().toString())
			.param("all", "all")
			.param("to", first.id().toString())
			.param("reason", "Overname");
		mvc.perform(attempt.with(otherLead.session())).andExpect(status().isNotFound());
		mvc.perform(attempt.with(first.session())).andExpect(status().isForbidden());
		mvc.perform(attempt.with(leaving.session())).andExpect(status().isForbidden());
		for (var family : families) {
			assertThat(contactPerson(family)).isEqualTo(leaving.id());
		}
	}

	@Test
	void theTeamPageShowsTheWorkload() throws Exception {
		data.involve(leaving, families.get(0), first, "CORE_TEAM");
		String html = mvc.perform(get("/team").with(lead.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		var row = org.jsoup.Jsoup.parse(html)
			.select("tr")
			.stream()
			.filter(tr -> tr.text().contains(first.summary().name()))
			.findFirst()
			.orElseThrow();
		assertThat(row.select("td").get(2).text()).isEqualTo("1 gezin");
		String member = mvc.perform(get("/team/" + leaving.id()).with(lead.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(org.jsoup.Jsoup.parse(member).select("input[name=selected]")).hasSize(3);
	}

	private UUID contactPerson(HouseholdId household) {
		return jdbc.sql("select professional_id from contact_person where household_id = :h and ended_at is null")
			.param("h", household.value())
			.query(UUID.class)
			.single();
	}

	private long handovers(HouseholdId household) {
		return jdbc.sql("select count(*) from contact_person where household_id = :h")
			.param("h", household.value())
			.query(Long.class)
			.single();
	}

}
