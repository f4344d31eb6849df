package nl.kernteam.portal;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Fam;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A family member ticks off their own agreement and adds progress, as themselves; the
 * plan shows it with the member as author. Someone else's agreement is not theirs to
 * tick.
 */
@IntegrationTest
class FamilyAgreementsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	Pro contactPerson;

	HouseholdId household;

	Fam mother;

	UUID child;

	@BeforeEach
	void aFamilyWithAPlan() {
		contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		household = data.household(contactPerson);
		List<UUID> members = jdbc.sql("select id from member where household_id = :h order by position")
			.param("h", household.value())
			.query(UUID.class)
			.list();
		mother = data.familyMember(contactPerson, household, members.get(0));
		child = members.get(1);
	}

	String agreement(UUID owner) throws Exception {
		var result = mvc
			.perform(post("/api/v1/households/" + household.value() + "/plan/agreements").with(contactPerson.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"description\": \"Elke ochtend ontbijt maken\", \"ownerRef\": \"MEMBER:%s\"}"
					.formatted(owner)))
			.andExpect(status().isCreated())
			.andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	ResultActions progress(String agreement, String json) throws Exception {
		return mvc.perform(post("/api/v1/family/agreements/" + agreement + "/progress").with(mother.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	@Test
	void theMotherTicksOffHerOwnAgreementAndThePlanShowsItWithHerAsAuthor() throws Exception {
		String hers = agreement(mother.member().memberId());
		progress(hers, "{\"done\": true, \"text\": \"Het lukt elke dag.\"}").andExpect(status().isCreated());
		mvc.perform(get("/api/v1/households/" + household.value() + "/plan").with(contactPerson.basic()))
			.andExpect(jsonPath("$.agreements[?(@.id == '%s')].progress[0].text".formatted(hers))
				.value("Het lukt elke dag."))
			.andExpect(jsonPath("$.agreements[?(@.id == '%s')].progress[0].recordedBy".formatted(hers))
				.value(mother.member().name()));
		mvc.perform(get("/family/agreements/" + hers).with(mother.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Het lukt elke dag.")));
		mvc.perform(post("/family/agreements/" + hers + "/progress").with(mother.session())
			.with(csrf())
			.param("text", "Vandaag ook.")).andExpect(redirectedUrl("/family/agreements/" + hers));
	}

	@Test
	void anotherMembersAgreementIsRefusedAndAnotherHouseholdsIsNotFound() throws Exception {
		String childs = agreement(child);
		progress(childs, "{\"done\": true, \"text\": \"Gedaan\"}").andExpect(status().isForbidden());
		progress(UUID.randomUUID().toString(), "{\"text\": \"Gedaan\"}").andExpect(status().isNotFound());
		progress(agreement(mother.member().memberId()), "{\"text\": \"\"}").andExpect(status().isBadRequest());
	}

}
