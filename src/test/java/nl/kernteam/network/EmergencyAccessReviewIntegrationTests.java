package nl.kernteam.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.jayway.jsonpath.JsonPath;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.Role;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Only professionals break the glass; the banner says until when; the privacy officer
 * reviews every access.
 */
@IntegrationTest
class EmergencyAccessReviewIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	Pro contactPerson;

	HouseholdId household;

	@BeforeEach
	void setUp() {
		contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		household = data.household(contactPerson);
	}

	@Test
	void aPrivacyOfficerOrAdministratorWithoutTheProfessionalRoleCannotBreakTheGlass() throws Exception {
		var organisation = data.organisation(OrganisationType.MENTAL_HEALTH);
		for (Pro notAProfessional : new Pro[] { data.professional(organisation, Role.PRIVACY_OFFICER),
				data.professional(organisation, Role.FUNCTIONAL_ADMIN),
				data.professional(organisation, Role.TEAM_LEAD, Role.PRIVACY_OFFICER, Role.FUNCTIONAL_ADMIN) }) {
			mvc.perform(
					post("/api/v1/households/{id}/emergency-access", household.value()).with(notAProfessional.basic())
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"reason\": \"Melding politie, kind in gevaar\"}"))
				.andExpect(status().isForbidden());
			mvc.perform(post("/households/{id}/emergency-access", household.value()).with(notAProfessional.session())
				.with(csrf())
				.param("reason", "Melding politie, kind in gevaar")).andExpect(status().isForbidden());
			mvc.perform(get("/households/{id}/emergency-access", household.value()).with(notAProfessional.session()))
				.andExpect(status().isForbidden());
			// the 403 of the household does not offer them the button (their menu may
			// still link the privacy officer's review, /privacy/emergency-accesses)
			mvc.perform(get("/households/{id}", household.value()).with(notAProfessional.session()))
				.andExpect(status().isForbidden())
				.andExpect(content().string(not(containsString(household.value() + "/emergency-access"))));
		}
		assertThat(jdbc.sql("select count(*) from emergency_access where household_id = :h")
			.param("h", household.value())
			.query(Long.class)
			.single()).isZero();

		Pro professional = data.professional(organisation, Role.PROFESSIONAL, Role.PRIVACY_OFFICER);
		mvc.perform(get("/households/{id}", household.value()).with(professional.session()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("/households/" + household.value() + "/emergency-access")));
		mvc.perform(post("/api/v1/households/{id}/emergency-access", household.value()).with(professional.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Melding politie, kind in gevaar\"}")).andExpect(status().isCreated());
	}

	@Test
	void theBannerSaysWhenTheEmergencyAccessEndsInAmsterdamTime() throws Exception {
		Pro police = data.professional(OrganisationType.POLICE);
		String expiresAt = JsonPath.read(mvc
			.perform(post("/api/v1/households/{id}/emergency-access", household.value()).with(police.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"Acute zorg\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.expiresAt");
		String shown = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm")
			.withZone(ZoneId.of("Europe/Amsterdam"))
			.format(Instant.parse(expiresAt));
		mvc.perform(get("/households/{id}", household.value()).with(police.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("met noodtoegang, tot " + shown)));
		mvc.perform(get("/api/v1/households/{id}", household.value()).with(police.basic()))
			.andExpect(jsonPath("$.emergency").value(true))
			.andExpect(jsonPath("$.emergencyUntil").exists());
	}

	@Test
	void thePrivacyOfficerListsEveryEmergencyAccessAndReviewsEachOnce() throws Exception {
		Pro police = data.professional(OrganisationType.POLICE);
		mvc.perform(post("/api/v1/households/{id}/emergency-access", household.value()).with(police.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Melding van de wijkagent\"}")).andExpect(status().isCreated());
		Pro officer = data.professional(OrganisationType.OTHER, Role.PRIVACY_OFFICER);

		String list = mvc.perform(get("/api/v1/emergency-accesses").param("size", "100").with(officer.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").isNumber())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String path = "$.items[?(@.householdId == '" + household.value() + "')]";
		assertThat(JsonPath.<java.util.List<String>>read(list, path + ".reason"))
			.containsExactly("Melding van de wijkagent");
		assertThat(JsonPath.<java.util.List<String>>read(list, path + ".professionalName"))
			.containsExactly(police.summary().name());
		assertThat(JsonPath.<java.util.List<String>>read(list, path + ".organisationName"))
			.containsExactly(police.summary().organisationName());
		assertThat(JsonPath.<java.util.List<Boolean>>read(list, path + ".reviewed")).containsExactly(false);
		assertThat(JsonPath.<java.util.List<String>>read(list, path + ".startedAt")).hasSize(1);
		assertThat(JsonPath.<java.util.List<String>>read(list, path + ".expiresAt")).hasSize(1);
		String id = JsonPath.<java.util.List<String>>read(list, path + ".id").get(0);
		assertThat(JsonPath.<Boolean>read(list, "$.items[0].reviewed")).as("unreviewed first").isFalse();

		mvc.perform(post("/api/v1/emergency-accesses/{id}/review", id).with(officer.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"finding\": \"  \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("finding"));
		mvc.perform(post("/api/v1/emergency-accesses/{id}/review", id).with(officer.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"finding\": \"ok\\u0000\"}")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/emergency-accesses/{id}/review", id).with(police.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"finding\": \"Zelf goedgekeurd\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/emergency-accesses/{id}/review", id).with(officer.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"finding\": \"Terecht: acute melding\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reviewed").value(true))
			.andExpect(jsonPath("$.finding").value("Terecht: acute melding"));
		mvc.perform(post("/api/v1/emergency-accesses/{id}/review", id).with(officer.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"finding\": \"Nog eens\"}")).andExpect(status().isConflict());
		mvc.perform(post("/api/v1/emergency-accesses/{id}/review", java.util.UUID.randomUUID()).with(officer.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"finding\": \"Onbekend\"}")).andExpect(status().isNotFound());

		assertThat(jdbc.sql("""
				select count(*) from access_log where household_id = :h and actor_id = :officer
				   and action = 'UPDATE' and resource = :resource and outcome = 'GRANTED'
				""")
			.param("h", household.value())
			.param("officer", officer.id())
			.param("resource", "emergency-access.review:" + id)
			.query(Long.class)
			.single()).as("the review is in the household's access log").isEqualTo(1);
		assertThat(jdbc.sql("select finding from emergency_access where id = :id")
			.param("id", java.util.UUID.fromString(id))
			.query(String.class)
			.single()).isEqualTo("Terecht: acute melding");
		mvc.perform(get("/api/v1/emergency-accesses").with(police.basic())).andExpect(status().isForbidden());
	}

	@Test
	void thePrivacyOfficersPageIsInTheMenuAndRecordsAFinding() throws Exception {
		Pro police = data.professional(OrganisationType.POLICE);
		mvc.perform(post("/households/{id}/emergency-access", household.value()).with(police.session())
			.with(csrf())
			.param("reason", "Zorgmelding in de nacht")).andExpect(status().is3xxRedirection());
		Pro officer = data.professional(OrganisationType.OTHER, Role.PRIVACY_OFFICER);
		var id = jdbc.sql("select id from emergency_access where household_id = :h")
			.param("h", household.value())
			.query(java.util.UUID.class)
			.single();
		mvc.perform(get("/privacy/emergency-accesses").with(officer.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/privacy/emergency-accesses\"")))
			.andExpect(content().string(containsString("Zorgmelding in de nacht")))
			.andExpect(content().string(containsString("/privacy/emergency-accesses/" + id + "/review")));
		mvc.perform(post("/privacy/emergency-accesses/{id}/review", id).with(officer.session())
			.with(csrf())
			.param("finding", "")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select reviewed_at is null from emergency_access where id = :id")
			.param("id", id)
			.query(Boolean.class)
			.single()).isTrue();
		mvc.perform(post("/privacy/emergency-accesses/{id}/review", id).with(officer.session())
			.with(csrf())
			.param("finding", "Navraag gedaan, terecht")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select reviewed_by from emergency_access where id = :id")
			.param("id", id)
			.query(java.util.UUID.class)
			.single()).isEqualTo(officer.id());
		mvc.perform(get("/privacy/emergency-accesses").with(police.session())).andExpect(status().isForbidden());
		mvc.perform(get("/").with(police.session()))
			.andExpect(content().string(not(containsString("href=\"/privacy/emergency-accesses\""))));
	}

	@Test
	void nobodyReviewsTheirOwnEmergencyAccessAndThePageRefusesTheTextsTheApiRefuses() throws Exception {
		Pro both = data.professional(data.organisation(OrganisationType.POLICE), Role.PROFESSIONAL,
				Role.PRIVACY_OFFICER);
		mvc.perform(post("/api/v1/households/{id}/emergency-access", household.value()).with(both.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Melding in de nacht\"}")).andExpect(status().isCreated());
		var id = jdbc.sql("select id from emergency_access where household_id = :h and professional_id = :p")
			.param("h", household.value())
			.param("p", both.id())
			.query(java.util.UUID.class)
			.single();
		mvc.perform(post("/api/v1/emergency-accesses/{id}/review", id).with(both.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"finding\": \"Zelf goedgekeurd\"}")).andExpect(status().isForbidden());

		Pro officer = data.professional(OrganisationType.OTHER, Role.PRIVACY_OFFICER);
		for (String bad : new String[] { "half \uD800 teken", "x".repeat(2001) }) {
			mvc.perform(post("/privacy/emergency-accesses/{id}/review", id).with(officer.session())
				.with(csrf())
				.param("finding", bad)).andExpect(status().is3xxRedirection());
		}
		assertThat(jdbc.sql("select reviewed_at is null from emergency_access where id = :id")
			.param("id", id)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void aProfessionalWhoBreaksTheGlassOftenStandsOutOnTheReviewList() throws Exception {
		Pro often = data.professional(OrganisationType.POLICE);
		Pro once = data.professional(OrganisationType.POLICE);
		for (int i = 0; i < EmergencyAccessReview.OFTEN; i++) {
			breakTheGlass(often, data.household(contactPerson));
		}
		breakTheGlass(once, household);
		// one long ago does not count
		jdbc.sql(
				"""
						insert into emergency_access (id, household_id, professional_id, organisation_id, reason, started_at, expires_at)
						values (gen_random_uuid(), :h, :p, :o, 'Lang geleden', now() - interval '100 days', now() - interval '99 days')
						""")
			.param("h", household.value())
			.param("p", once.id())
			.param("o", once.summary().organisationId())
			.update();
		Pro officer = data.professional(OrganisationType.LOCAL_TEAM, Role.PRIVACY_OFFICER);
		String json = mvc.perform(get("/api/v1/emergency-accesses").param("size", "100").with(officer.basic()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.List<Integer> oftenCounts = JsonPath.read(json,
				"$.items[?(@.professionalName == '%s')].recent".formatted(often.summary().name()));
		java.util.List<Integer> onceCounts = JsonPath.read(json,
				"$.items[?(@.professionalName == '%s')].recent".formatted(once.summary().name()));
		assertThat(oftenCounts).hasSize(EmergencyAccessReview.OFTEN).containsOnly(EmergencyAccessReview.OFTEN);
		assertThat(onceCounts).isNotEmpty().containsOnly(1);
		String page = mvc.perform(get("/privacy/emergency-accesses").with(officer.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Let op: " + EmergencyAccessReview.OFTEN + " keer noodtoegang in de laatste 90 dagen")
			.contains("1 keer noodtoegang in de laatste 90 dagen");
	}

	void breakTheGlass(Pro professional, HouseholdId household) throws Exception {
		mvc.perform(post("/api/v1/households/{id}/emergency-access", household.value()).with(professional.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Melding in de nacht\"}")).andExpect(status().isCreated());
	}

}
