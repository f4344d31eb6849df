package nl.kernteam.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.kernteam.identity.OrganisationSummary;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who may be the fixed face, with the default setting
 * ({@code kernteam.region.contact-person-from=LOCAL_TEAM}; the FoodValley setting is
 * {@code ContactPersonRuleTests} and {@code FoodValleyContactPersonIntegrationTests}),
 * and who is told when someone else is named.
 */
@IntegrationTest
class ContactPersonRuleIntegrationTests {

	static final String NAMED = "network.notification.namedContactPerson";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSafetyTeamProfessionalIsNotTheContactPersonByDefaultOnThePageNorInTheApi() throws Exception {
		Pro raad = data.professional(OrganisationType.CHILD_PROTECTION_BOARD);
		Pro veiligThuis = data.professional(OrganisationType.VEILIG_THUIS);
		mvc.perform(post("/api/v1/households").with(raad.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(withContactPerson(veiligThuis.id())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("contactPersonId"))
			.andExpect(jsonPath("$.errors[0].message", containsString("lokaal team")));
		String page = mvc
			.perform(post("/households").with(raad.session())
				.with(csrf())
				.param("submissionId", UUID.randomUUID().toString())
				.param("contactPersonId", veiligThuis.id().toString())
				.param("members[0].givenName", "Ada")
				.param("members[0].familyName", "Regel")
				.param("members[0].birthDate", "1990-01-01")
				.param("members[0].role", "PARENT"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(page).select(".form-error").text()).contains("lokaal team");
		Pro local = data.professional(OrganisationType.LOCAL_TEAM);
		var household = data.household(local);
		mvc.perform(
				put("/api/v1/households/{id}/contact-person", household.value()).with(local.basic())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"professionalId\": \"%s\", \"reason\": \"Veilig Thuis houdt het\"}"
						.formatted(veiligThuis.id())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("professionalId"))
			.andExpect(jsonPath("$.errors[0].message", containsString("lokaal team")));
	}

	@Test
	void registeringWithSomeoneElseAsContactPersonTellsThemOnceAndIsNoHandoverUntilItChanges() throws Exception {
		Pro police = data.professional(OrganisationType.POLICE);
		Pro named = data.professional(OrganisationType.LOCAL_TEAM);
		String id = JsonPath.read(mvc
			.perform(post("/api/v1/households").with(police.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content(withContactPerson(named.id())))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		UUID household = UUID.fromString(id);
		assertThat(told(named, household, NAMED)).isEqualTo(1);
		assertThat(told(police, household, NAMED)).isZero();
		mvc.perform(get("/api/v1/households/{id}/network", household).with(named.basic()))
			.andExpect(jsonPath("$.contactPerson.professionalId").value(named.id().toString()))
			.andExpect(jsonPath("$.handovers").value(0));

		Pro colleague = data
			.professional(new OrganisationSummary(named.summary().organisationId(), null, null, null, null));
		mvc.perform(put("/api/v1/households/{id}/contact-person", household).with(named.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"professionalId\": \"%s\", \"reason\": \"Ik ga met verlof\"}".formatted(colleague.id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.handovers").value(1));
		assertThat(told(colleague, household, "network.notification.newContactPerson")).isEqualTo(1);
		assertThat(told(colleague, household, NAMED)).isZero();
		assertThat(told(named, household, NAMED)).as("no second time").isEqualTo(1);
	}

	@Test
	void registeringForOneselfTellsNobody() {
		Pro local = data.professional(OrganisationType.LOCAL_TEAM);
		var household = data.household(local);
		assertThat(jdbc.sql("select count(*) from notification where household_id = :h")
			.param("h", household.value())
			.query(Long.class)
			.single()).isZero();
	}

	private long told(Pro professional, UUID household, String key) {
		return jdbc.sql("""
				select count(*) from notification
				 where professional_id = :p and household_id = :h and message_key = :k""")
			.param("p", professional.id())
			.param("h", household)
			.param("k", key)
			.query(Long.class)
			.single();
	}

	private static String withContactPerson(UUID contactPerson) {
		String family = TestData.familyJson("Regel" + TestData.unique());
		return family.substring(0, family.length() - 1) + ", \"contactPersonId\": \"" + contactPerson + "\"}";
	}

}
