package nl.kernteam.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
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

/**
 * Withholding an item from one family member: only the core team, only with a legal
 * reason and a review date in the future, only an item of the household; ended, the
 * member sees it again; the form on the professional's page.
 */
@IntegrationTest
class WithholdingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	SightFamily family;

	LocalDate today = LocalDate.now(AmsterdamTime.ZONE);

	@BeforeEach
	void aFamily() throws Exception {
		family = new SightFamily(context, mvc);
	}

	ResultActions withhold(Pro by, String kind, UUID item, String reason, LocalDate reviewOn) throws Exception {
		return mvc.perform(post("/api/v1/households/{id}/withholdings", family.household.value()).with(by.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"memberId": "%s", "itemKind": "%s", "itemId": "%s", "reason": %s, "reviewOn": "%s"}
					""".formatted(family.members.get("Noor"), kind, item,
					reason == null ? "null" : "\"" + reason + "\"", reviewOn)));
	}

	@Test
	void aCoreTeamMemberWithholdsAndEndsAndTheMemberSeesItAgain() throws Exception {
		Pro coreTeam = data.professional(OrganisationType.YOUTH_CARE);
		data.involve(family.contactPerson, family.household, coreTeam, "CORE_TEAM");
		var noor = family.account(data, "Noor");
		String id = JsonPath.read(withhold(coreTeam, "WORRY", family.secretWorry, "SAFETY_OF_CHILD", today.plusDays(1))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		mvc.perform(get("/api/v1/households/{id}/withholdings", family.household.value()).with(coreTeam.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].itemText").value("Geheime zorg over de opvang"))
			.andExpect(jsonPath("$.items[0].memberName").value("Noor " + family.family))
			.andExpect(jsonPath("$.items[0].reason").value("SAFETY_OF_CHILD"));
		mvc.perform(get("/api/v1/family/household").with(noor.basic())).andExpect(jsonPath("$.withheld").value(1));
		withhold(coreTeam, "WORRY", family.secretWorry, "SAFETY_OF_CHILD", today.plusDays(1))
			.andExpect(status().isBadRequest());

		mvc.perform(post("/api/v1/households/{id}/withholdings/{w}/end", family.household.value(), id)
			.with(coreTeam.basic())).andExpect(status().isOk());
		mvc.perform(post("/api/v1/households/{id}/withholdings/{w}/end", family.household.value(), id)
			.with(coreTeam.basic())).andExpect(status().isNotFound());
		String json = mvc.perform(get("/api/v1/family/household").with(noor.basic()))
			.andExpect(jsonPath("$.withheld").value(0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json).contains("Geheime zorg over de opvang");
		assertThat(jdbc.sql("""
				select count(*) from access_log
				 where household_id = :h and resource like 'withholding%' and outcome = 'GRANTED'
				""").param("h", family.household.value()).query(Long.class).single()).as("withheld, listed, ended")
			.isEqualTo(3);
	}

	@Test
	void onlyWithALegalReasonAReviewDateNotPastAndAnItemOfTheHousehold() throws Exception {
		withhold(family.contactPerson, "WORRY", family.secretWorry, null, today.plusDays(1))
			.andExpect(status().isBadRequest());
		withhold(family.contactPerson, "WORRY", family.secretWorry, "SAFETY_OF_CHILD", today.minusDays(1))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("reviewOn")));
		withhold(family.contactPerson, "WORRY", UUID.randomUUID(), "SAFETY_OF_CHILD", today)
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("itemId")));
		withhold(family.contactPerson, "GOAL", family.secretWorry, "SAFETY_OF_CHILD", today)
			.andExpect(status().isBadRequest());
		withhold(family.contactPerson, "WORRY", family.secretWorry, "SAFETY_OF_CHILD", today)
			.andExpect(status().isCreated());
	}

	@Test
	void aPartnerAndAnEmergencyAccessDoNotWithholdAndAFamilyMemberNeverReachesIt() throws Exception {
		Pro partner = data.professional(OrganisationType.SCHOOL);
		data.involve(family.contactPerson, family.household, partner, "PARTNER");
		withhold(partner, "WORRY", family.secretWorry, "SAFETY_OF_CHILD", today).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/households/{id}/withholdings", family.household.value()).with(partner.basic()))
			.andExpect(status().isForbidden());

		Pro police = data.professional(OrganisationType.POLICE);
		mvc.perform(post("/api/v1/households/{id}/emergency-access", family.household.value()).with(police.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Acute zorg\"}")).andExpect(status().isCreated());
		withhold(police, "WORRY", family.secretWorry, "SAFETY_OF_CHILD", today).andExpect(status().isForbidden());

		var mother = family.account(data, "Moeder");
		mvc.perform(get("/api/v1/households/{id}/withholdings", family.household.value()).with(mother.basic()))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from portal_withholding where household_id = :h")
			.param("h", family.household.value())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theFormOnTheProfessionalsPage() throws Exception {
		mvc.perform(get("/households/{id}", family.household.value()).with(family.contactPerson.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/households/" + family.household.value() + "/withholdings")));
		mvc.perform(post("/households/{id}/withholdings", family.household.value()).with(family.contactPerson.session())
			.with(csrf())
			.param("memberId", family.members.get("Noor").toString())
			.param("item", "WORRY:" + family.secretWorry)
			.param("reviewOn", today.plusMonths(1).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kies de reden uit de wet")));
		mvc.perform(post("/households/{id}/withholdings", family.household.value()).with(family.contactPerson.session())
			.with(csrf())
			.param("memberId", family.members.get("Noor").toString())
			.param("item", "WORRY:" + family.secretWorry)
			.param("reason", "PRIVACY_OF_OTHER")
			.param("reviewOn", today.plusMonths(1).toString())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/households/{id}/withholdings", family.household.value()).with(family.contactPerson.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Geheime zorg over de opvang")))
			.andExpect(content().string(containsString("De privacy van iemand anders")));
	}

}
