package nl.kernteam.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AdminApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	String createOrganisation(String name, String type) throws Exception {
		var result = mvc
			.perform(post("/api/v1/organisations").with(httpBasic("admin", TestData.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"" + name + "\", \"type\": \"" + type + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value(name))
			.andExpect(jsonPath("$.type").value(type))
			.andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	@Test
	void administratorCreatesOrganisationAndProfessionalWhoCanThenLogIn() throws Exception {
		String org = createOrganisation("Wijkteam Test " + TestData.unique(), "LOCAL_TEAM");
		String username = "nieuw" + TestData.unique();
		mvc.perform(post("/api/v1/professionals").with(httpBasic("admin", TestData.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username": "%s", "password": "correct horse battery", "name": "Nieuwe Collega",
					 "organisationId": "%s", "roles": ["PROFESSIONAL", "TEAM_LEAD"]}
					""".formatted(username, org)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isString())
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.organisationType").value("LOCAL_TEAM"))
			.andExpect(jsonPath("$.password").doesNotExist());
		mvc.perform(get("/api/v1/households").with(httpBasic(username, "correct horse battery")))
			.andExpect(status().isOk());
	}

	@Test
	void weakPasswordIsABadRequest() throws Exception {
		String org = createOrganisation("Veilig Thuis Test " + TestData.unique(), "VEILIG_THUIS");
		mvc.perform(post("/api/v1/professionals").with(httpBasic("admin", TestData.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"username": "zwak%d", "password": "kort", "name": "Zwak", "organisationId": "%s", "roles": ["PROFESSIONAL"]}
							"""
						.formatted(TestData.unique(), org)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
	}

	@Test
	void unknownTypeOrDuplicateNameIsABadRequest() throws Exception {
		mvc.perform(post("/api/v1/organisations").with(httpBasic("admin", TestData.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"X\", \"type\": \"CIRCUS\"}")).andExpect(status().isBadRequest());
		String name = "Dubbel " + TestData.unique();
		createOrganisation(name, "SCHOOL");
		mvc.perform(post("/api/v1/organisations").with(httpBasic("admin", TestData.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"" + name.toUpperCase() + "\", \"type\": \"SCHOOL\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
	}

	@Test
	void professionalWithoutOrganisationIsABadRequest() throws Exception {
		mvc.perform(post("/api/v1/professionals").with(httpBasic("admin", TestData.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"username": "zonder%d", "password": "a long enough password", "name": "Zonder", "roles": ["PROFESSIONAL"]}
							"""
						.formatted(TestData.unique())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("organisationId"));
	}

	@Test
	void onlyAdministratorsMayAdminister() throws Exception {
		var worker = data.professional(OrganisationType.LOCAL_TEAM);
		mvc.perform(post("/api/v1/organisations").with(worker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Mag niet\", \"type\": \"SCHOOL\"}")).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/professionals").with(worker.basic())).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/organisations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Mag niet\", \"type\": \"SCHOOL\"}")).andExpect(status().isUnauthorized());
		mvc.perform(get("/admin/professionals").with(worker.session())).andExpect(status().isForbidden());
	}

	@Test
	void accountIsLockedAfterFiveWrongPasswordsEvenForTheRightOneAfterwards() throws Exception {
		var worker = data.professional(OrganisationType.LOCAL_TEAM);
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/v1/households").with(httpBasic(worker.username(), "wrong password " + i)))
				.andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/v1/households").with(worker.basic())).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/professionals/{id}", worker.id()).with(httpBasic("admin", TestData.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$.locked").value(true));
	}

	@Test
	void deactivatedProfessionalCannotLogIn() throws Exception {
		var worker = data.professional(OrganisationType.MENTAL_HEALTH);
		mvc.perform(get("/api/v1/households").with(worker.basic())).andExpect(status().isOk());
		mvc.perform(post("/api/v1/professionals/{id}/deactivate", worker.id())
			.with(httpBasic("admin", TestData.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
		mvc.perform(get("/api/v1/households").with(worker.basic())).andExpect(status().isUnauthorized());
	}

}
