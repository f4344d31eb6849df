package nl.kernteam.safetyteam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.OrganisationSummary;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The running clocks a professional sees: of their own households (core team) and of
 * their organisation's reports, soonest first, overdue marked; nobody else's.
 */
@IntegrationTest
class DeadlinesApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	Pro contactPerson;

	OrganisationSummary veiligThuis;

	HouseholdId late;

	HouseholdId recent;

	String lateReport;

	@BeforeEach
	void twoReportsOneOverdue() throws Exception {
		contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		veiligThuis = data.organisation(OrganisationType.VEILIG_THUIS);
		recent = data.household(contactPerson);
		late = data.household(contactPerson);
		report(recent, LocalDate.now(ZoneId.of("Europe/Amsterdam")));
		lateReport = report(late, LocalDate.of(2026, 4, 24));
	}

	String report(HouseholdId household, LocalDate receivedOn) throws Exception {
		var body = mvc
			.perform(post("/api/v1/households/" + household.value() + "/reports").with(contactPerson.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"organisationId\": \"%s\", \"kind\": \"REPORT\", \"receivedOn\": \"%s\"}"
					.formatted(veiligThuis.id(), receivedOn)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	List<Map<String, Object>> deadlines(Pro who) throws Exception {
		var body = mvc.perform(get("/api/v1/deadlines").with(who.basic()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.items");
	}

	@Test
	void theContactPersonSeesTheClocksOfTheirHouseholdsSoonestFirstTheOverdueMarked() throws Exception {
		var items = deadlines(contactPerson);
		assertThat(items).extracting(i -> i.get("householdId"))
			.containsExactly(late.value().toString(), recent.value().toString());
		assertThat(items).extracting(i -> i.get("kind")).containsOnly("SAFETY_ASSESSMENT");
		assertThat(items).extracting(i -> i.get("due")).first().isEqualTo("2026-05-04");
		assertThat(items).extracting(i -> i.get("overdue")).containsExactly(true, false);
		assertThat(jdbc.sql("""
				select count(*) from access_log where actor_id = :a and resource = 'deadlines' and action = 'SEARCH'
				""").param("a", contactPerson.id()).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void theOrganisationOfTheReportSeesItsClocksAndNoOtherVeiligThuisDoes() throws Exception {
		assertThat(deadlines(data.professional(veiligThuis))).hasSize(2);
		assertThat(deadlines(data.professional(OrganisationType.VEILIG_THUIS))).isEmpty();
	}

	@Test
	void anOutsiderOrAPartnerSeesNoClocksAndTheCoreTeamDoes() throws Exception {
		Pro outsider = data.professional(OrganisationType.MENTAL_HEALTH);
		Pro partner = data.professional(OrganisationType.SCHOOL);
		Pro coreTeam = data.professional(OrganisationType.LOCAL_TEAM);
		data.involve(contactPerson, late, partner, "PARTNER");
		data.involve(contactPerson, late, coreTeam, "CORE_TEAM");
		// a colleague of the contact person, of a local team, is not the organisation
		// the report went to
		assertThat(deadlines(outsider)).isEmpty();
		assertThat(deadlines(partner)).isEmpty();
		assertThat(deadlines(coreTeam)).extracting(i -> i.get("householdId")).containsExactly(late.value().toString());
		assertThat(jdbc.sql("select count(*) from access_log where actor_id = :a")
			.param("a", outsider.id())
			.query(Long.class)
			.single()).as("nothing shown, nothing logged").isZero();
	}

	@Test
	void aClockMetLeavesTheListAndAnInvestigationJoinsIt() throws Exception {
		mvc.perform(post("/api/v1/reports/" + lateReport + "/safety-assessment").with(contactPerson.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\": \"2026-04-30\", \"outcome\": \"INVESTIGATION\"}")).andExpect(status().isOk());
		var items = deadlines(contactPerson);
		assertThat(items).extracting(i -> i.get("kind")).containsExactly("INVESTIGATION", "SAFETY_ASSESSMENT");
		assertThat(items).extracting(i -> i.get("due")).first().isEqualTo("2026-07-09");
	}

	@Test
	void pagesTheList() throws Exception {
		var body = mvc.perform(get("/api/v1/deadlines?size=1&page=1").with(contactPerson.basic()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((List<Object>) JsonPath.read(body, "$.items")).hasSize(1);
		assertThat((Integer) JsonPath.read(body, "$.total")).isEqualTo(2);
		assertThat((String) JsonPath.read(body, "$.items[0].householdId")).isEqualTo(recent.value().toString());
		assertThat(UUID.fromString(JsonPath.read(body, "$.items[0].reportId"))).isNotNull();
	}

}
