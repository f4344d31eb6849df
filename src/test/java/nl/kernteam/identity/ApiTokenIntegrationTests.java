package nl.kernteam.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.Role;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An integration buys a short-lived token with its password once and then calls the API
 * without a password check per call; the token never outlives its account's rights.
 */
@IntegrationTest
class ApiTokenIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiTokenRepository repository;

	@Autowired
	IdentityManagement identity;

	@Autowired
	Clock clock;

	static RequestPostProcessor bearer(String token) {
		return request -> {
			request.addHeader("Authorization", "Bearer " + token);
			return request;
		};
	}

	String token(RequestPostProcessor basic) throws Exception {
		String body = mvc.perform(post("/api/v1/tokens").with(basic))
			.andExpect(status().isCreated())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(jsonPath("$.tokenType").value("Bearer"))
			.andExpect(jsonPath("$.expiresIn").value(1800))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.accessToken");
	}

	@Test
	void aTokenBoughtWithThePasswordOpensTheApiWithItsRoles() throws Exception {
		Pro professional = data.professional(OrganisationType.LOCAL_TEAM, Role.PROFESSIONAL);
		String token = token(professional.basic());
		assertThat(token).startsWith("kt1_").hasSize(47);
		mvc.perform(get("/api/v1/deadlines").with(bearer(token))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/households").with(bearer(token))).andExpect(status().isOk());
		// the roles are the account's: not an administrator
		mvc.perform(get("/api/v1/organisations").with(bearer(token))).andExpect(status().isForbidden());
		// a token buys no other token: only a password does
		mvc.perform(post("/api/v1/tokens").with(bearer(token))).andExpect(status().isForbidden());
	}

	@Test
	void onlyTheTokensHashIsStored() throws Exception {
		Pro professional = data.professional(OrganisationType.LOCAL_TEAM, Role.PROFESSIONAL);
		String token = token(professional.basic());
		List<byte[]> stored = jdbc.sql("select token_hash from api_token where lower(username) = lower(:u)")
			.param("u", professional.username())
			.query(byte[].class)
			.list();
		assertThat(stored).hasSize(1);
		assertThat(stored.get(0)).isEqualTo(ApiTokens.hash(token))
			.isNotEqualTo(token.getBytes(StandardCharsets.US_ASCII));
		assertThat(jdbc.sql("select count(*) from api_token where encode(token_hash, 'escape') like '%' || :t || '%'")
			.param("t", token.substring(4, 20))
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void anUnknownDamagedOrExpiredTokenIsA401AndNeverFallsThrough() throws Exception {
		Pro professional = data.professional(OrganisationType.LOCAL_TEAM, Role.PROFESSIONAL);
		String unknown = "kt1_" + "A".repeat(43);
		for (String token : List.of(unknown, "kt1_short", "", "x".repeat(5000), token(professional.basic()) + "x")) {
			mvc.perform(withBearer(get("/api/v1/deadlines"), token))
				.andExpect(status().isUnauthorized())
				.andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.containsString("invalid_token")));
		}
		String expired = "kt1_" + "B".repeat(43);
		var now = clock.instant();
		repository.insert(ApiTokens.hash(expired), professional.username(), now.minus(Duration.ofHours(1)),
				now.minusSeconds(1));
		mvc.perform(get("/api/v1/deadlines").with(bearer(expired))).andExpect(status().isUnauthorized());
		String valid = "kt1_" + "C".repeat(43);
		repository.insert(ApiTokens.hash(valid), professional.username(), now.minus(Duration.ofHours(1)),
				now.plusSeconds(60));
		mvc.perform(get("/api/v1/deadlines").with(bearer(valid))).andExpect(status().isOk());
		assertThat(repository.deleteExpired(now)).isGreaterThanOrEqualTo(1);
		mvc.perform(get("/api/v1/deadlines").with(bearer(valid))).andExpect(status().isOk());
	}

	private static MockHttpServletRequestBuilder withBearer(MockHttpServletRequestBuilder request, String token) {
		return request.header("Authorization", "Bearer " + token);
	}

	@Test
	void aPasswordResetEndsTheTokensAndDeactivationRefusesThemAtOnce() throws Exception {
		Pro reset = data.professional(OrganisationType.LOCAL_TEAM, Role.PROFESSIONAL);
		String token = token(reset.basic());
		identity.resetPassword(reset.id(), "a brand new password for this test");
		mvc.perform(get("/api/v1/deadlines").with(bearer(token))).andExpect(status().isUnauthorized());

		Pro leaving = data.professional(OrganisationType.LOCAL_TEAM, Role.PROFESSIONAL);
		String other = token(leaving.basic());
		// the account is checked on every call, whatever happened to its tokens
		jdbc.sql("update professional set active = false where id = :id").param("id", leaving.id()).update();
		mvc.perform(get("/api/v1/deadlines").with(bearer(other))).andExpect(status().isUnauthorized());
	}

	@Test
	void aFamilyTokenReachesOnlyTheFamilysOwnApi() throws Exception {
		Pro contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		var household = data.household(contactPerson);
		var mother = jdbc.sql("select id from member where household_id = :h and role = 'PARENT'")
			.param("h", household.value())
			.query(java.util.UUID.class)
			.single();
		var family = data.familyMember(contactPerson, household, mother);
		String token = token(family.basic());
		mvc.perform(get("/api/v1/family/household").with(bearer(token))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/households/" + household.value()).with(bearer(token)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/deadlines").with(bearer(token))).andExpect(status().isForbidden());
	}

}
