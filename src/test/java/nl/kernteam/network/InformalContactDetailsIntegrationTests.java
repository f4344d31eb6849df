package nl.kernteam.network;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class InformalContactDetailsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Test
	void theFamilysOwnCircleCanBeCalledFromWhoHelpsNow() throws Exception {
		Pro worker = data.professional(OrganisationType.LOCAL_TEAM);
		var household = data.household(worker);
		mvc.perform(post("/api/v1/households/{id}/involvements", household.value()).with(worker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"personName": "Truus de Wit", "relation": "oma", "role": "INFORMAL", "phone": "06 5555 1234",
					 "email": "truus@voorbeeld.nl"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.phone").value("06 5555 1234"));
		mvc.perform(get("/households/{id}/helpers", household.value()).with(worker.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"tel:0655551234\"")));

		mvc.perform(post("/api/v1/households/{id}/involvements", household.value()).with(worker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"personName": "Buurman", "relation": "buurman", "role": "INFORMAL", "phone": "bel me maar"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("phone")));
	}

}
