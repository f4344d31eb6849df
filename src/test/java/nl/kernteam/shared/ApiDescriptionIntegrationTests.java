package nl.kernteam.shared;

import static org.hamcrest.Matchers.hasKey;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.kernteam.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ApiDescriptionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void openApiDescribesTheContractHandles() throws Exception {
		mvc.perform(get("/api/v1/openapi.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").isString())
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/households")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/households/{id}/access-log")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/households/{id}/network")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/households/{id}/involvements")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/households/{id}/emergency-access")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/households/{id}/plan/agreements/{agreementId}")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/organisations")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/professionals")))
			.andExpect(jsonPath("$.paths['/api/v1/households/search'].post").exists())
			// the acting professional comes from the login, never from the request
			.andExpect(jsonPath("$..parameters[?(@.name == 'actor')]").isEmpty());
	}

	@Test
	void healthIsUpWithoutDetails() throws Exception {
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
	}

}
