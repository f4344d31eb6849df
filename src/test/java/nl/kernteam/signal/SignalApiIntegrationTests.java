package nl.kernteam.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
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
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class SignalApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	OrganisationSummary ggzOrganisation;

	Pro ggz;

	Pro raad;

	Pro police;

	@BeforeEach
	void setUp() {
		ggzOrganisation = data.organisation(OrganisationType.MENTAL_HEALTH);
		ggz = data.professional(ggzOrganisation);
		raad = data.professional(OrganisationType.CHILD_PROTECTION_BOARD);
		police = data.professional(OrganisationType.POLICE);
	}

	ResultActions register(Pro pro, String json) throws Exception {
		return mvc
			.perform(post("/api/v1/signals").with(pro.basic()).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	String signal(Pro pro, String bsn) throws Exception {
		var result = register(pro, "{\"bsn\": \"" + bsn + "\"}").andExpect(status().isCreated()).andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	@Test
	void twoOrganisationsSignallingTheSameBsnBothSeeTheMatchAndAThirdOrganisationSeesNothing() throws Exception {
		String bsn = TestFamilies.bsn();
		register(ggz, "{\"bsn\": \"" + bsn + "\"}").andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/signals/")))
			.andExpect(jsonPath("$.id").isString())
			.andExpect(jsonPath("$.matches", hasSize(0)));
		register(raad, "{\"bsn\": \"" + bsn + "\"}").andExpect(status().isCreated())
			.andExpect(jsonPath("$.matches", hasSize(1)))
			.andExpect(jsonPath("$.matches[0].organisationName").value(ggz.summary().organisationName()))
			.andExpect(jsonPath("$.matches[0].professionalName").value(ggz.summary().name()))
			.andExpect(jsonPath("$.matches[0].contact", containsString(ggz.summary().email())))
			.andExpect(jsonPath("$.matches[0].contact", containsString("06 1234 5678")))
			.andExpect(jsonPath("$.matches[0].contact", containsString("010 123 4567")))
			.andExpect(jsonPath("$.matches[0].kind").value("PERSON"));
		register(police, "{\"bsn\": \"" + TestFamilies.bsn() + "\"}").andExpect(jsonPath("$.matches", hasSize(0)));

		mvc.perform(get("/api/v1/signals/matches").with(ggz.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].signalId").isString())
			.andExpect(jsonPath("$.items[0].organisationName").value(raad.summary().organisationName()))
			.andExpect(jsonPath("$.items[0].professionalName").value(raad.summary().name()))
			.andExpect(jsonPath("$.items[0].contact", containsString(raad.summary().email())))
			.andExpect(jsonPath("$.items[0].since").isString());
		mvc.perform(get("/api/v1/signals/matches").with(raad.basic()))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].organisationName").value(ggz.summary().organisationName()));
		mvc.perform(get("/api/v1/signals/matches").with(police.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(0)))
			.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void theMatchedProfessionalIsNotifiedAndTheRegistrantsOwnOrganisationIsNot() throws Exception {
		String bsn = TestFamilies.bsn();
		Pro colleague = data.professional(data.organisation(OrganisationType.LOCAL_TEAM));
		signal(ggz, bsn);
		signal(raad, bsn);
		assertThat(notifications(ggz, "signal.notification.match.PERSON")).isEqualTo(1);
		assertThat(notifications(raad, "signal.notification.match.PERSON")).isZero();
		assertThat(notifications(colleague, "signal.notification.match.PERSON")).isZero();
	}

	@Test
	void invalidBsnIsABadRequestOnTheBsnField() throws Exception {
		register(ggz, "{\"bsn\": \"123456789\"}").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("bsn"))
			.andExpect(jsonPath("$.errors[0].message", containsString("elfproef")));
		register(ggz, "{}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("bsn"));
		register(ggz, "{\"givenName\": \"Daan\", \"familyName\": \"Visser\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].field").value("birthDate"));
		register(ggz, "{\"bsn\": \"" + TestFamilies.bsn() + "\", \"birthDate\": \"2999-01-01\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("birthDate"));
		register(ggz, "{\"bsn\": \"12\", \"birthDate\": \"gisteren\"}").andExpect(status().isBadRequest());
		register(ggz, "{\"bsn\": \"" + "1".repeat(30) + "\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("bsn"));
		assertThat(jdbc.sql("select count(*) from signal where professional_id = :p")
			.param("p", ggz.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void nameAndDateOfBirthMatchWhateverTheCaseAndSpacesButNotAnotherDateOfBirth() throws Exception {
		String family = "Van  der Berg" + TestData.unique();
		register(ggz, "{\"givenName\": \"Noor\", \"familyName\": \"" + family + "\", \"birthDate\": \"2012-05-01\"}")
			.andExpect(status().isCreated());
		register(raad,
				"{\"givenName\": \" noor \", \"familyName\": \"" + family.toUpperCase().replace("  ", " ")
						+ "\", \"birthDate\": \"2012-05-01\"}")
			.andExpect(jsonPath("$.matches", hasSize(1)))
			.andExpect(jsonPath("$.matches[0].organisationName").value(ggz.summary().organisationName()));
		register(police, "{\"givenName\": \"Noor\", \"familyName\": \"" + family + "\", \"birthDate\": \"2012-05-02\"}")
			.andExpect(jsonPath("$.matches", hasSize(0)));
		assertThat(jdbc.sql("select count(*) from signal where hint like '%Noor%' or hint ilike '%berg%'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aWithdrawnSignalMatchesNoMore() throws Exception {
		String bsn = TestFamilies.bsn();
		signal(ggz, bsn);
		String raadSignal = signal(raad, bsn);
		mvc.perform(post("/api/v1/signals/{id}/withdraw", raadSignal).with(raad.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(raadSignal))
			.andExpect(jsonPath("$.endedAt").isString());
		mvc.perform(get("/api/v1/signals/matches").with(ggz.basic())).andExpect(jsonPath("$.items", hasSize(0)));
		mvc.perform(get("/api/v1/signals/matches").with(raad.basic())).andExpect(jsonPath("$.items", hasSize(0)));
		register(police, "{\"bsn\": \"" + bsn + "\"}").andExpect(jsonPath("$.matches", hasSize(1)))
			.andExpect(jsonPath("$.matches[0].organisationName").value(ggz.summary().organisationName()));
		// withdrawing again changes nothing
		mvc.perform(post("/api/v1/signals/{id}/withdraw", raadSignal).with(raad.basic())).andExpect(status().isOk());
	}

	@Test
	void onlyTheOwnOrganisationMayWithdrawOthersGetNotFound() throws Exception {
		String id = signal(ggz, TestFamilies.bsn());
		mvc.perform(post("/api/v1/signals/{id}/withdraw", id).with(raad.basic()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/signals/{id}/withdraw", UUID.randomUUID()).with(raad.basic()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/signals/{id}/withdraw", "not-a-uuid").with(raad.basic()))
			.andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select ended_at is null from signal where id = :id")
			.param("id", UUID.fromString(id))
			.query(Boolean.class)
			.single()).isTrue();
		Pro colleague = data.professional(data.organisation(OrganisationType.LOCAL_TEAM));
		mvc.perform(post("/api/v1/signals/{id}/withdraw", id).with(colleague.basic())).andExpect(status().isNotFound());
		Pro ggzColleague = colleagueOf(ggz);
		mvc.perform(post("/api/v1/signals/{id}/withdraw", id).with(ggzColleague.basic())).andExpect(status().isOk());
		assertThat(jdbc.sql("select end_reason from signal where id = :id")
			.param("id", UUID.fromString(id))
			.query(String.class)
			.single()).isEqualTo("WITHDRAWN");
	}

	@Test
	void theOwnOrganisationListsItsActiveSignalsAndNobodyElseDoes() throws Exception {
		String id = signal(ggz, TestFamilies.bsn());
		mvc.perform(get("/api/v1/signals").with(colleagueOf(ggz).basic()))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].id").value(id))
			.andExpect(jsonPath("$.items[0].hint", containsString("••••••")))
			.andExpect(jsonPath("$.items[0].professionalName").value(ggz.summary().name()));
		mvc.perform(get("/api/v1/signals").with(raad.basic())).andExpect(jsonPath("$.items", hasSize(0)));
	}

	@Test
	void theSameOrganisationCannotSignalThePersonTwiceButTheSameRequestTwiceRegistersOnce() throws Exception {
		String bsn = TestFamilies.bsn();
		UUID id = UUID.randomUUID();
		String body = "{\"id\": \"" + id + "\", \"bsn\": \"" + bsn + "\"}";
		register(ggz, body).andExpect(status().isCreated()).andExpect(jsonPath("$.id").value(id.toString()));
		register(ggz, body).andExpect(status().isCreated()).andExpect(jsonPath("$.id").value(id.toString()));
		register(colleagueOf(ggz), "{\"bsn\": \"" + bsn + "\"}").andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		register(raad, body).andExpect(status().isConflict());
		assertThat(jdbc.sql("select count(*) from signal where organisation_id = :o")
			.param("o", ggz.summary().organisationId())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theSameIdForAnotherPersonIsAConflictNotASilentRepeat() throws Exception {
		UUID id = UUID.randomUUID();
		register(ggz, "{\"id\": \"" + id + "\", \"bsn\": \"" + TestFamilies.bsn() + "\"}")
			.andExpect(status().isCreated());
		register(ggz, "{\"id\": \"" + id + "\", \"bsn\": \"" + TestFamilies.bsn() + "\"}")
			.andExpect(status().isConflict());
	}

	@Test
	void aNameOfOnlyControlCharactersIsABadRequest() throws Exception {
		register(ggz, "{\"givenName\": \"\\u0001\", \"familyName\": \"Jansen\", \"birthDate\": \"2010-01-01\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("givenName"));
	}

	@Test
	void anAccountWithoutOrganisationCannotSignal() throws Exception {
		mvc.perform(post("/api/v1/signals").with(httpBasic("admin", TestData.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"bsn\": \"" + TestFamilies.bsn() + "\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/signals").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
	}

	Pro colleagueOf(Pro pro) {
		assertThat(pro).isEqualTo(ggz);
		return data.professional(ggzOrganisation);
	}

	long notifications(Pro pro, String key) {
		return jdbc.sql("select count(*) from notification where professional_id = :p and message_key = :key")
			.param("p", pro.id())
			.param("key", key)
			.query(Long.class)
			.single();
	}

}
