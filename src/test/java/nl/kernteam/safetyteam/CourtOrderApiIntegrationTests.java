package nl.kernteam.safetyteam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Court orders per child: no longer than the law allows (exactly the maximum is accepted,
 * a day more refused), only for a child of the household, extended in a chain of at most
 * a year each, in the deadlines list with their warnings, recorded only by those the rule
 * names.
 */
@IntegrationTest
class CourtOrderApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	Pro contactPerson;

	HouseholdId household;

	UUID daan;

	UUID evi;

	LocalDate start;

	@BeforeEach
	void aHouseholdWithTwoChildren() {
		contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		household = data.household(contactPerson);
		daan = member(household, "Daan");
		evi = member(household, "Evi");
		start = today().minusDays(10);
	}

	@ParameterizedTest
	@CsvSource({ "PROVISIONAL_SUPERVISION, 0, 3, 0", "SUPERVISION, 1, 0, 0", "PLACEMENT, 1, 0, 0",
			"EMERGENCY_PLACEMENT, 0, 0, 14" })
	void eachKindAcceptsExactlyItsLongestEndAndRefusesADayMore(String kind, int years, int months, int days)
			throws Exception {
		LocalDate latest = start.plusYears(years).plusMonths(months).plusDays(days);
		order(contactPerson, daan, kind, start, latest.plusDays(1)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("endsOn"));
		order(contactPerson, daan, kind, start, latest).andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNotEmpty());
	}

	@Test
	void anEmergencyPlacementAfterTheHearingMayRunAsAPlacementOrder() throws Exception {
		String body = """
				{"childMemberId": "%s", "kind": "EMERGENCY_PLACEMENT", "decidedOn": "%s", "startsOn": "%s",
				 "endsOn": "%s", "partiesHeardOn": "%s"}""".formatted(daan, start, start, start.plusYears(1),
				start.plusDays(5));
		post(contactPerson, path(), body).andExpect(status().isCreated());
		post(contactPerson, path(),
				body.replace(start.plusYears(1).toString(), start.plusYears(1).plusDays(1).toString()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theHearingAfterAnEmergencyOrderEndsItsWarningAndMayLetItRunOn() throws Exception {
		LocalDate recent = today().minusDays(3);
		String order = id(order(contactPerson, daan, "EMERGENCY_PLACEMENT", recent, recent.plusWeeks(2)));
		String hearing = path() + "/" + order + "/hearing";
		mvc.perform(get("/api/v1/deadlines").with(contactPerson.basic()))
			.andExpect(jsonPath("$.items[0].warnings[0].kind").value("HEARING_NEEDED"));

		// not before the order, not in the future, not beyond a year from its start
		post(contactPerson, hearing, "{\"heardOn\": \"%s\"}".formatted(recent.minusDays(1)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("heardOn"));
		post(contactPerson, hearing, "{\"heardOn\": \"%s\"}".formatted(today().plusDays(1)))
			.andExpect(status().isBadRequest());
		post(contactPerson, hearing,
				"{\"heardOn\": \"%s\", \"endsOn\": \"%s\"}".formatted(today(), recent.plusYears(1).plusDays(1)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("endsOn"));

		post(contactPerson, hearing,
				"{\"heardOn\": \"%s\", \"endsOn\": \"%s\"}".formatted(today(), recent.plusMonths(6)))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/deadlines").with(contactPerson.basic()))
			.andExpect(jsonPath("$.items[0].due").value(recent.plusMonths(6).toString()))
			.andExpect(jsonPath("$.items[0].warnings.length()").value(0));
		// once; and only for an emergency order
		post(contactPerson, hearing, "{\"heardOn\": \"%s\"}".formatted(today())).andExpect(status().isConflict());
		String supervision = id(order(contactPerson, evi, "SUPERVISION", start, start.plusMonths(6)));
		post(contactPerson, path() + "/" + supervision + "/hearing", "{\"heardOn\": \"%s\"}".formatted(today()))
			.andExpect(status().isConflict());
		// an outsider cannot
		post(data.professional(OrganisationType.POLICE), hearing, "{\"heardOn\": \"%s\"}".formatted(today()))
			.andExpect(status().isForbidden());
	}

	@Test
	void custodyRunsAtMostUntilTheChildTurns18() throws Exception {
		LocalDate eighteen = LocalDate.of(2017, 11, 23).plusYears(18);
		order(contactPerson, evi, "CUSTODY", start, eighteen.plusDays(1)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("endsOn"));
		order(contactPerson, evi, "CUSTODY", start, eighteen).andExpect(status().isCreated());
	}

	@Test
	void onlyAChildOfThisHouseholdHasAnOrder() throws Exception {
		UUID parent = member(household, "Sanne");
		UUID otherChild = member(data.household(contactPerson), "Daan");
		for (UUID member : List.of(parent, otherChild, UUID.randomUUID())) {
			order(contactPerson, member, "SUPERVISION", start, start.plusMonths(6)).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("childMemberId"));
		}
		order(contactPerson, daan, "SUPERVISION", start, start.minusDays(1)).andExpect(status().isBadRequest());
		order(contactPerson, daan, "SUPERVISION", today().plusDays(1), today().plusDays(30))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("decidedOn"));
		assertThat(jdbc.sql("select count(*) from court_order where household_id = :h")
			.param("h", household.value())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anOrderIsExtendedInAChainOfAtMostAYearEach() throws Exception {
		LocalDate end = start.plusYears(1);
		String order = id(order(contactPerson, daan, "SUPERVISION", start, end));
		String extensions = path() + "/" + order + "/extensions";
		extend(extensions, end.plusYears(1).plusDays(1)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("endsOn"));
		extend(extensions, end).andExpect(status().isBadRequest());
		extend(extensions, end.plusYears(1)).andExpect(status().isCreated());
		extend(extensions, end.plusYears(2)).andExpect(status().isCreated());

		mvc.perform(get(path()).with(contactPerson.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].endsOn").value(end.toString()))
			.andExpect(jsonPath("$.items[0].currentEndsOn").value(end.plusYears(2).toString()))
			.andExpect(jsonPath("$.items[0].extensions.length()").value(2))
			.andExpect(jsonPath("$.items[0].extensions[1].previousEndsOn").value(end.plusYears(1).toString()))
			.andExpect(jsonPath("$.items[0].childName").value(org.hamcrest.Matchers.startsWith("Daan ")));
	}

	@Test
	void onlySupervisionAndPlacementOrdersAreExtended() throws Exception {
		for (String kind : List.of("PROVISIONAL_SUPERVISION", "EMERGENCY_PLACEMENT", "CUSTODY")) {
			String order = id(order(contactPerson, evi, kind, start, start.plusDays(10)));
			extend(path() + "/" + order + "/extensions", start.plusDays(40)).andExpect(status().isBadRequest());
		}
		String placement = id(order(contactPerson, evi, "PLACEMENT", start, start.plusMonths(6)));
		extend(path() + "/" + placement + "/extensions", start.plusMonths(18)).andExpect(status().isCreated());
	}

	@Test
	void writtenInstructionsBelongToASupervisionOrderAndAPlacementIsUsedOnce() throws Exception {
		String supervision = id(order(contactPerson, daan, "SUPERVISION", start, start.plusYears(1)));
		String placement = id(order(contactPerson, evi, "PLACEMENT", start, start.plusYears(1)));
		String instruction = "{\"givenOn\": \"%s\", \"text\": \"Daan gaat elke dag naar school.\"}".formatted(today());
		post(contactPerson, path() + "/" + supervision + "/instructions", instruction).andExpect(status().isCreated());
		post(contactPerson, path() + "/" + placement + "/instructions", instruction).andExpect(status().isConflict());
		String placed = "{\"startedOn\": \"%s\"}".formatted(today());
		post(contactPerson, path() + "/" + placement + "/placement", placed).andExpect(status().isNoContent());
		post(contactPerson, path() + "/" + placement + "/placement", placed).andExpect(status().isConflict());
		post(contactPerson, path() + "/" + supervision + "/placement", placed).andExpect(status().isConflict());
		mvc.perform(get(path()).with(contactPerson.basic()))
			.andExpect(jsonPath("$.items[?(@.kind == 'SUPERVISION')].instructions[0].text")
				.value("Daan gaat elke dag naar school."))
			.andExpect(jsonPath("$.items[?(@.kind == 'PLACEMENT')].placementStartedOn").value(today().toString()));
	}

	@Test
	void anOrderOfAnotherHouseholdIsNotFoundUnderThisOne() throws Exception {
		var other = data.household(contactPerson);
		String order = id(order(contactPerson, daan, "SUPERVISION", start, start.plusYears(1)));
		extend("/api/v1/households/" + other.value() + "/court-orders/" + order + "/extensions", start.plusYears(2))
			.andExpect(status().isNotFound());
	}

	@Test
	void aRunningOrderIsADeadlineWithItsWarningsAndClosingTheFileStopsIt() throws Exception {
		order(contactPerson, daan, "SUPERVISION", start, today().plusWeeks(8)).andExpect(status().isCreated());
		order(contactPerson, evi, "SUPERVISION", start, today().plusWeeks(8).plusDays(1))
			.andExpect(status().isCreated());
		order(contactPerson, evi, "PROVISIONAL_SUPERVISION", start.minusMonths(2), start.minusDays(1))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/deadlines").with(contactPerson.basic()))
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[0].kind").value("COURT_ORDER_ENDS"))
			.andExpect(jsonPath("$.items[0].due").value(today().plusWeeks(8).toString()))
			.andExpect(jsonPath("$.items[0].orderKind").value("SUPERVISION"))
			.andExpect(jsonPath("$.items[0].warnings[0].kind").value("REQUEST_EXTENSION"))
			.andExpect(jsonPath("$.items[1].warnings.length()").value(0));

		post(contactPerson, "/api/v1/households/" + household.value() + "/close", "{\"reason\": \"Hulp stopt\"}")
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/deadlines").with(contactPerson.basic()))
			.andExpect(jsonPath("$.items.length()").value(0));
	}

	@Test
	void theSafetyTeamInTheCoreTeamRecordsOrdersAndOtherCoreTeamMembersPartnersAndOutsidersDoNot() throws Exception {
		Pro agency = data.professional(OrganisationType.YOUTH_PROTECTION_AGENCY);
		Pro localColleague = data.professional(OrganisationType.LOCAL_TEAM);
		Pro partner = data.professional(OrganisationType.SCHOOL);
		Pro outsider = data.professional(OrganisationType.CHILD_PROTECTION_BOARD);
		data.involve(contactPerson, household, agency, "CORE_TEAM");
		data.involve(contactPerson, household, localColleague, "CORE_TEAM");
		data.involve(contactPerson, household, partner, "PARTNER");

		order(agency, daan, "SUPERVISION", start, start.plusYears(1)).andExpect(status().isCreated());
		order(localColleague, daan, "SUPERVISION", start, start.plusYears(1)).andExpect(status().isForbidden());
		order(partner, daan, "SUPERVISION", start, start.plusYears(1)).andExpect(status().isForbidden());
		order(outsider, daan, "SUPERVISION", start, start.plusYears(1)).andExpect(status().isForbidden());
		mvc.perform(get(path()).with(partner.basic())).andExpect(status().isForbidden());
		mvc.perform(get(path()).with(localColleague.basic())).andExpect(status().isOk());

		assertThat(jdbc.sql("""
				select basis from access_log where actor_id = :a and household_id = :h and outcome = 'DENIED'
				""").param("a", localColleague.id()).param("h", household.value()).query(String.class).list())
			.containsExactly(CourtOrderManagement.RULE);
		assertThat(jdbc.sql("""
				select count(*) from access_log where actor_id = :a and household_id = :h and resource = 'court-order'
				   and action = 'CREATE'
				""").param("a", agency.id()).param("h", household.value()).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from court_order where household_id = :h")
			.param("h", household.value())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private String path() {
		return "/api/v1/households/" + household.value() + "/court-orders";
	}

	private ResultActions order(Pro who, UUID child, String kind, LocalDate startsOn, LocalDate endsOn)
			throws Exception {
		return post(who, path(), """
				{"childMemberId": "%s", "kind": "%s", "decidedOn": "%s", "startsOn": "%s", "endsOn": "%s"}"""
			.formatted(child, kind, startsOn.isAfter(today()) ? startsOn : startsOn.minusDays(1), startsOn, endsOn));
	}

	private ResultActions extend(String path, LocalDate endsOn) throws Exception {
		return post(contactPerson, path, "{\"decidedOn\": \"%s\", \"endsOn\": \"%s\"}".formatted(today(), endsOn));
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

	private UUID member(HouseholdId of, String givenName) {
		return jdbc.sql("select id from member where household_id = :h and given_name = :n")
			.param("h", of.value())
			.param("n", givenName)
			.query(UUID.class)
			.single();
	}

	private static LocalDate today() {
		return LocalDate.now(AmsterdamTime.ZONE);
	}

}
