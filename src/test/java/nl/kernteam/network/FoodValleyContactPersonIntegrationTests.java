package nl.kernteam.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A region that works the FoodValley way ("wie hem heeft mag 'm houden"): a professional
 * of the regional safety team may be the contact person; anyone else still may not. The
 * one test class with its own context (its own setting).
 */
@IntegrationTest
@TestPropertySource(properties = "kernteam.region.contact-person-from=LOCAL_OR_SAFETY_TEAM")
class FoodValleyContactPersonIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Test
	void theSafetyTeamKeepsTheFamilyItRegistersAndMayTakeOneOverButTheSchoolMayNot() throws Exception {
		Pro veiligThuis = data.professional(OrganisationType.VEILIG_THUIS);
		String form = mvc.perform(get("/households/new").with(veiligThuis.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(form).select("#contactPersonId")).as("registers as the contact person").isEmpty();
		String id = JsonPath.read(mvc
			.perform(post("/api/v1/households").with(veiligThuis.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content(TestData.familyJson("Vallei" + TestData.unique())))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		mvc.perform(get("/api/v1/households/{id}/network", id).with(veiligThuis.basic()))
			.andExpect(jsonPath("$.contactPerson.professionalId").value(veiligThuis.id().toString()));

		Pro school = data.professional(OrganisationType.SCHOOL);
		String named = mvc.perform(get("/households/new").with(school.session()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(named).select("#contactPersonId-hint").text()).as("the form says who may be chosen")
			.contains("regionale veiligheidsteam");

		Pro local = data.professional(OrganisationType.LOCAL_TEAM);
		var household = data.household(local);
		handOver(local, household.value(), school).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message")
				.value(org.hamcrest.Matchers.containsString("regionale veiligheidsteam")));
		Pro raad = data.professional(OrganisationType.CHILD_PROTECTION_BOARD);
		handOver(local, household.value(), raad).andExpect(status().isOk())
			.andExpect(jsonPath("$.contactPerson.professionalId").value(raad.id().toString()))
			.andExpect(jsonPath("$.handovers").value(1));
	}

	private org.springframework.test.web.servlet.ResultActions handOver(Pro by, UUID household, Pro next)
			throws Exception {
		return mvc.perform(put("/api/v1/households/{id}/contact-person", household).with(by.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"professionalId\": \"%s\", \"reason\": \"De Raad houdt het gezin\"}".formatted(next.id())));
	}

}
