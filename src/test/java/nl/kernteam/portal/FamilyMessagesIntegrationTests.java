package nl.kernteam.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
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

/**
 * Messages to the contact person (who is notified, reads them on the household page and
 * answers; a partner does not) and "ik ben gehoord" after a meeting.
 */
@IntegrationTest
class FamilyMessagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	Pro contactPerson;

	HouseholdId household;

	Fam mother;

	@BeforeEach
	void aFamilyWithAnAccount() {
		contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		household = data.household(contactPerson);
		UUID parent = jdbc
			.sql("select id from member where household_id = :h and role = 'PARENT' order by position limit 1")
			.param("h", household.value())
			.query(UUID.class)
			.single();
		mother = data.familyMember(contactPerson, household, parent);
	}

	@Test
	void theContactPersonIsNotifiedReadsTheMessageOnTheHouseholdPageAndAnswers() throws Exception {
		mvc.perform(post("/api/v1/family/messages").with(mother.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"Kunnen we dinsdag praten?\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isString());
		assertThat(jdbc.sql("""
				select count(*) from notification where professional_id = :p and household_id = :h
				   and message_key = 'notification.familyMessage'
				""").param("p", contactPerson.id()).param("h", household.value()).query(Long.class).single())
			.isEqualTo(1);
		mvc.perform(get("/households/" + household.value()).with(contactPerson.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"family-voice\"")))
			.andExpect(content().string(containsString("Kunnen we dinsdag praten?")));
		mvc.perform(post("/households/" + household.value() + "/family-messages").with(contactPerson.session())
			.with(csrf())
			.param("familyMessage", "Ja, om tien uur."));
		mvc.perform(get("/api/v1/family/messages").with(mother.basic()))
			.andExpect(jsonPath("$.items", hasSize(2)))
			.andExpect(jsonPath("$.items[0].text").value("Ja, om tien uur."))
			.andExpect(jsonPath("$.items[0].fromFamily").value(false))
			.andExpect(jsonPath("$.items[0].author").value(contactPerson.summary().name()))
			.andExpect(jsonPath("$.items[1].author").value(mother.member().name()));
		mvc.perform(get("/family/messages").with(mother.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ja, om tien uur.")));
	}

	@Test
	void aPartnerNeitherReadsNorAnswersTheFamilysMessages() throws Exception {
		var partner = data.professional(OrganisationType.MENTAL_HEALTH);
		data.involve(contactPerson, household, partner, "PARTNER");
		mvc.perform(post("/family/messages").with(mother.session()).with(csrf()).param("text", "Alleen voor jou."));
		mvc.perform(get("/households/" + household.value()).with(partner.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Alleen voor jou."))));
		mvc.perform(post("/households/" + household.value() + "/family-messages").with(partner.session())
			.with(csrf())
			.param("familyMessage", "Van de partner")).andExpect(status().isForbidden());
	}

	@Test
	void anEmptyAnswerIsShownNextToItsFieldOnTheHouseholdPage() throws Exception {
		var result = mvc
			.perform(post("/households/" + household.value() + "/family-messages").with(contactPerson.session())
				.with(csrf())
				.param("familyMessage", " "))
			.andReturn();
		mvc.perform(
				get("/households/" + household.value()).with(contactPerson.session()).flashAttrs(result.getFlashMap()))
			.andExpect(content().string(containsString("Schrijf eerst een antwoord.")))
			.andExpect(content().string(containsString("familyMessage-error")));
	}

	@Test
	void anEmptyMessageIsRefusedNextToTheField() throws Exception {
		mvc.perform(post("/family/messages").with(mother.session()).with(csrf()).param("text", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Schrijf eerst uw bericht.")));
		mvc.perform(post("/api/v1/family/messages").with(mother.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"\"}")).andExpect(status().isBadRequest());
	}

	@Test
	void heardIsAnsweredAfterAMeetingAndShownToTheCoreTeam() throws Exception {
		String url = "/api/v1/households/" + household.value() + "/assessments";
		String past = JsonPath.read(
				mvc.perform(post(url).with(contactPerson.basic())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"date\": \"%s\", \"participants\": [{\"name\": \"Sanne\", \"kind\": \"FAMILY\"}]}"
						.formatted(LocalDate.now().minusDays(2))))
					.andReturn()
					.getResponse()
					.getContentAsString(),
				"$.id");
		String future = JsonPath.read(
				mvc.perform(post(url).with(contactPerson.basic())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"date\": \"%s\", \"participants\": [{\"name\": \"Sanne\", \"kind\": \"FAMILY\"}]}"
						.formatted(LocalDate.now().plusDays(5))))
					.andReturn()
					.getResponse()
					.getContentAsString(),
				"$.id");
		String heard = "{\"about\": {\"kind\": \"ASSESSMENT\", \"id\": \"%s\"}, \"score\": %d, \"words\": \"%s\"}";
		mvc.perform(post("/api/v1/family/heard").with(mother.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(heard.formatted(past, 4, "Ze luisterden."))).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/family/heard").with(mother.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(heard.formatted(future, 4, "Te vroeg"))).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/family/heard").with(mother.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(heard.formatted(past, 6, "Te hoog"))).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/family/heard").with(mother.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(heard.formatted(UUID.randomUUID(), 3, "Onbekend"))).andExpect(status().isNotFound());
		mvc.perform(get("/households/" + household.value()).with(contactPerson.session()))
			.andExpect(content().string(containsString("Ze luisterden.")))
			.andExpect(content().string(containsString("4 van 5")));
		mvc.perform(get("/family/heard/new").param("kind", "ASSESSMENT").param("id", past).with(mother.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Voelde u zich gehoord?")));
	}

}
