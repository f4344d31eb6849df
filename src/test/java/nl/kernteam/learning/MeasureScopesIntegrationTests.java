package nl.kernteam.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.OrganisationSummary;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.Role;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Who reads which measures: a team lead their own organisation's only (without an
 * organisation too, never the region), a policy adviser the region's or one
 * organisation's, nobody else; every scope withholds a group below ten households; and
 * nothing of a family comes through them.
 */
@IntegrationTest
class MeasureScopesIntegrationTests {

	/**
	 * A quarter no other test's data falls in: the region's households in it are ours.
	 */
	static final LocalDate LONG_AGO = LocalDate.of(1951, 1, 1);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	LocalDate today = LocalDate.now(AmsterdamTime.ZONE);

	ResultActions measures(Pro as, UUID organisation, LocalDate from, LocalDate to) throws Exception {
		var request = get("/api/v1/learning/measures").param("from", from.toString()).param("to", to.toString());
		if (organisation != null) {
			request = request.param("organisationId", organisation.toString());
		}
		return mvc.perform(request.with(as.basic()));
	}

	ResultActions today(Pro as, UUID organisation) throws Exception {
		return measures(as, organisation, today.minusDays(1), today.plusDays(1));
	}

	@Test
	void everyScopeWithholdsAGroupBelowTen() throws Exception {
		OrganisationSummary team = data.organisation(OrganisationType.LOCAL_TEAM);
		Pro worker = data.professional(team);
		Pro lead = data.professional(team, Role.PROFESSIONAL, Role.TEAM_LEAD);
		Pro adviser = data.professional(data.organisation(OrganisationType.MUNICIPALITY), Role.POLICY_ADVISER);
		List<HouseholdId> households = new ArrayList<>();
		for (int i = 0; i < 9; i++) {
			households.add(data.household(worker));
		}
		// the region in a quarter long ago holds only these households
		backdate(households);
		var from = LONG_AGO;
		var to = LONG_AGO.plusMonths(3);
		measures(adviser, null, from, to).andExpect(status().isOk())
			.andExpect(jsonPath("$.region").value(true))
			.andExpect(jsonPath("$.suppressed").value(true))
			.andExpect(jsonPath("$.households").doesNotExist())
			.andExpect(jsonPath("$.scales").isEmpty());
		measures(adviser, team.id(), from, to).andExpect(jsonPath("$.suppressed").value(true));
		measures(lead, null, from, to).andExpect(jsonPath("$.suppressed").value(true))
			.andExpect(jsonPath("$.organisationId").value(team.id().toString()));
		today(lead, team.id()).andExpect(jsonPath("$.suppressed").value(true));

		households.add(data.household(worker));
		backdate(households.subList(9, 10));
		measures(adviser, null, from, to).andExpect(jsonPath("$.suppressed").value(false))
			.andExpect(jsonPath("$.households").value(10));
		measures(adviser, team.id(), from, to).andExpect(jsonPath("$.households").value(10));
		measures(lead, null, from, to).andExpect(jsonPath("$.households").value(10));
		today(lead, team.id()).andExpect(jsonPath("$.suppressed").value(false));
	}

	@Test
	void aTeamLeadReadsOnlyTheOwnOrganisationAndNoFamilysData() throws Exception {
		OrganisationSummary team = data.organisation(OrganisationType.LOCAL_TEAM);
		Pro worker = data.professional(team);
		Pro lead = data.professional(team, Role.PROFESSIONAL, Role.TEAM_LEAD);
		Pro otherLead = data.professional(OrganisationType.LOCAL_TEAM, Role.PROFESSIONAL, Role.TEAM_LEAD);
		List<HouseholdId> households = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			households.add(data.household(worker));
		}
		today(worker, team.id()).andExpect(status().isForbidden());
		today(worker, null).andExpect(status().isForbidden());
		today(otherLead, team.id()).andExpect(status().isForbidden());
		today(data.professional(team, Role.PROFESSIONAL, Role.BEHAVIOURAL_SCIENTIST), null)
			.andExpect(status().isForbidden());
		today(data.professional(team, Role.PRIVACY_OFFICER), null).andExpect(status().isForbidden());
		// without an organisation a team lead gets their own, never the region
		var body = today(lead, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.region").value(false))
			.andExpect(jsonPath("$.organisationId").value(team.id().toString()))
			.andExpect(jsonPath("$.households").value(10))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// nothing of a family: no household, member or professional, no name
		for (var household : households) {
			assertThat(body).doesNotContain(household.value().toString());
		}
		jdbc.sql("select id::text, given_name, family_name from member where household_id = any(:h)")
			.param("h", households.stream().map(HouseholdId::value).toArray(UUID[]::new))
			.query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list()
			.forEach(member -> member.forEach(text -> assertThat(body).doesNotContain(text)));
		assertThat(body).doesNotContain(worker.id().toString()).doesNotContain(worker.summary().name());
		// reading the measures reads no household: nothing in any household's access log
		assertThat(jdbc.sql("select count(*) from access_log where actor_id = :lead and household_id is not null")
			.param("lead", lead.id())
			.query(Long.class)
			.single()).isZero();
		mvc.perform(get("/api/v1/learning/measures").param("from", today.toString())
			.param("to", today.minusDays(3).toString())
			.with(lead.basic())).andExpect(status().isBadRequest());
	}

	@Test
	void aPolicyAdviserReadsTheRegionAndAnyOrganisationAndTheExportIsLogged() throws Exception {
		OrganisationSummary team = data.organisation(OrganisationType.LOCAL_TEAM);
		Pro adviser = data.professional(data.organisation(OrganisationType.MUNICIPALITY), Role.POLICY_ADVISER);
		today(adviser, null).andExpect(status().isOk()).andExpect(jsonPath("$.region").value(true));
		today(adviser, team.id()).andExpect(status().isOk())
			.andExpect(jsonPath("$.organisationId").value(team.id().toString()));
		mvc.perform(get("/learning/measures").with(adviser.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Maten van de regio")))
			.andExpect(content().string(Matchers.containsString("Dagen tot de eerste afspraak")));
		mvc.perform(get("/learning/measures.csv").with(adviser.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("gebied;regio")))
			.andExpect(content().string(Matchers.containsString("mediaan_dagen_tot_eerste_afspraak")))
			.andExpect(content().string(Matchers.containsString("kwartaal;schaal_gezin")));
		assertThat(jdbc.sql("""
				select count(*) from access_log where actor_id = :adviser and action = 'EXPORT'
				   and resource = 'measures:region' and basis = 'POLICY_ADVISER' and household_id is null
				""").param("adviser", adviser.id()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void thePageShowsDefinitionsAndTheCsvExportIsLogged() throws Exception {
		Pro lead = data.professional(OrganisationType.LOCAL_TEAM, Role.PROFESSIONAL, Role.TEAM_LEAD);
		mvc.perform(get("/learning/measures").with(lead.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Maten van het team")))
			.andExpect(content().string(Matchers.containsString("Te weinig huishoudens om te tonen")));
		mvc.perform(get("/learning/measures.csv").with(lead.session())).andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from access_log where actor_id = :lead and action = 'EXPORT'")
			.param("lead", lead.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	/** Moves the households' involvements into {@link #LONG_AGO}'s quarter. */
	void backdate(List<HouseholdId> households) {
		jdbc.sql("update involvement set started_at = :at where household_id = any(:h)")
			.param("at", java.sql.Timestamp.from(LONG_AGO.plusDays(10).atStartOfDay(AmsterdamTime.ZONE).toInstant()))
			.param("h", households.stream().map(HouseholdId::value).toArray(UUID[]::new))
			.update();
	}

}
