package nl.kernteam.safetyteam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.AmsterdamTime;
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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A request to the Raad with its steps (the start norm shown, the table and the advice
 * once each), and the decisions on where a child lives: the family's own network first, a
 * court placement names the child's placement order.
 */
@IntegrationTest
class LegalStepApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	Pro contactPerson;

	HouseholdId household;

	UUID daan;

	LocalDate today;

	@BeforeEach
	void aHousehold() {
		contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		household = data.household(contactPerson);
		daan = jdbc.sql("select id from member where household_id = :h and given_name = 'Daan'")
			.param("h", household.value())
			.query(UUID.class)
			.single();
		today = LocalDate.now(AmsterdamTime.ZONE);
	}

	@Test
	void aRequestToTheRaadShowsTheStartNormAndTakesTheTableAndTheAdviceOnceEach() throws Exception {
		String request = id(post(contactPerson, base() + "/raad-requests",
				"{\"requestedOn\": \"%s\", \"question\": \"Is een ondertoezichtstelling nodig?\"}"
					.formatted(today.minusDays(20))));
		String table = """
				{"heldOn": "%s", "participants": ["PARENTS", "CHILDREN_12_PLUS", "RAAD", "INDEPENDENT_CHAIR"],
				 "outcome": "INVESTIGATION"}""".formatted(today.minusDays(15));
		post(contactPerson, base() + "/raad-requests/" + request + "/table", table).andExpect(status().isNoContent());
		post(contactPerson, base() + "/raad-requests/" + request + "/table", table).andExpect(status().isConflict());
		post(contactPerson, base() + "/raad-requests/" + request + "/advice",
				"{\"givenOn\": \"%s\", \"kind\": \"SUPERVISION\", \"text\": \"OTS voor een jaar\"}"
					.formatted(today.minusDays(30)))
			.andExpect(status().isBadRequest());
		post(contactPerson, base() + "/raad-requests/" + request + "/advice",
				"{\"givenOn\": \"%s\", \"kind\": \"SUPERVISION\", \"text\": \"OTS voor een jaar\"}".formatted(today))
			.andExpect(status().isNoContent());
		post(contactPerson, base() + "/raad-requests/" + request + "/table",
				"{\"heldOn\": \"%s\", \"outcome\": \"INVESTIGATION\"}".formatted(today))
			.andExpect(status().isBadRequest());

		mvc.perform(get(base() + "/legal-steps").with(contactPerson.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.raadRequests[0].startNorm").value(today.minusDays(10).toString()))
			.andExpect(jsonPath("$.raadRequests[0].tableParticipants.length()").value(4))
			.andExpect(jsonPath("$.raadRequests[0].tableOutcome").value("INVESTIGATION"))
			.andExpect(jsonPath("$.raadRequests[0].adviceKind").value("SUPERVISION"));
	}

	@Test
	void aPlacementOutsideTheOwnNetworkNeedsItsReasonAndACourtPlacementItsOrder() throws Exception {
		String path = base() + "/placement-decisions";
		String foster = """
				{"childMemberId": "%s", "kind": "OUT_OF_HOME_PLACEMENT", "decidedOn": "%s", "place": "FOSTER_CARE",
				 "basis": "%s", %s "rationale": "Thuis is het niet veilig."}""";
		post(contactPerson, path, foster.formatted(daan, today, "VOLUNTARY", "")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("whyNotOwnNetwork"));
		String why = "\"whyNotOwnNetwork\": \"Oma kan het niet aan.\",";
		post(contactPerson, path, foster.formatted(daan, today, "VOLUNTARY", why)).andExpect(status().isCreated());
		post(contactPerson, path, foster.formatted(daan, today, "COURT_ORDER", why)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("courtOrderId"));
		String order = id(post(contactPerson, base() + "/court-orders", """
				{"childMemberId": "%s", "kind": "PLACEMENT", "decidedOn": "%s", "startsOn": "%s", "endsOn": "%s"}"""
			.formatted(daan, today, today, today.plusMonths(6))));
		post(contactPerson, path,
				foster.formatted(daan, today, "COURT_ORDER", why + " \"courtOrderId\": \"" + order + "\","))
			.andExpect(status().isCreated());
		post(contactPerson, path, """
				{"childMemberId": "%s", "kind": "OUT_OF_HOME_PLACEMENT", "decidedOn": "%s", "place": "OWN_NETWORK",
				 "basis": "VOLUNTARY", "rationale": "Bij tante."}""".formatted(daan, today))
			.andExpect(status().isCreated());
		post(contactPerson, path,
				"""
						{"childMemberId": "%s", "kind": "RETURN_HOME", "decidedOn": "%s", "rationale": "Het is thuis veilig."}"""
					.formatted(daan, today))
			.andExpect(status().isCreated());
		mvc.perform(get(base() + "/legal-steps").with(contactPerson.basic()))
			.andExpect(jsonPath("$.placementDecisions.length()").value(4));
	}

	@Test
	void aCoreTeamMemberOutsideTheSafetyTeamAndAPartnerRecordNoStep() throws Exception {
		Pro colleague = data.professional(OrganisationType.LOCAL_TEAM);
		Pro partner = data.professional(OrganisationType.SCHOOL);
		data.involve(contactPerson, household, colleague, "CORE_TEAM");
		data.involve(contactPerson, household, partner, "PARTNER");
		String body = "{\"requestedOn\": \"%s\", \"question\": \"Onderzoek?\"}".formatted(today);
		post(colleague, base() + "/raad-requests", body).andExpect(status().isForbidden());
		post(partner, base() + "/raad-requests", body).andExpect(status().isForbidden());
		mvc.perform(get(base() + "/legal-steps").with(partner.basic())).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from raad_request where household_id = :h")
			.param("h", household.value())
			.query(Long.class)
			.single()).isZero();
	}

	private String base() {
		return "/api/v1/households/" + household.value();
	}

	private ResultActions post(Pro who, String path, String body) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post(path)
			.with(who.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private static String id(ResultActions created) throws Exception {
		return JsonPath.read(created.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(),
				"$.id");
	}

}
