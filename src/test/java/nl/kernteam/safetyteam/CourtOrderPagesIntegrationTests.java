package nl.kernteam.safetyteam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The legal track's pages: an order recorded through the form (a too long one refused
 * next to its field), its extension warning on the household page and on the start page
 * in words, an extension through its own page; partners see none of it.
 */
@IntegrationTest
class CourtOrderPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	Pro contactPerson;

	HouseholdId household;

	UUID daan;

	LocalDate today;

	@BeforeEach
	void aHouseholdWithChildren() {
		contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		household = data.household(contactPerson);
		daan = jdbc.sql("select id from member where household_id = :h and given_name = 'Daan'")
			.param("h", household.value())
			.query(UUID.class)
			.single();
		today = LocalDate.now(AmsterdamTime.ZONE);
	}

	Document page(String url, Pro who) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(who.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** An emergency placement order for Daan, recorded on the page; answers its id. */
	String emergencyOrderFrom(LocalDate start) throws Exception {
		mvc.perform(post(path()).with(contactPerson.session())
			.with(csrf())
			.param("childMemberId", daan.toString())
			.param("kind", "EMERGENCY_PLACEMENT")
			.param("decidedOn", start.toString())
			.param("startsOn", start.toString())
			.param("endsOn", start.plusWeeks(2).toString())).andExpect(redirectedUrl(path()));
		return jdbc.sql("select id from court_order where household_id = :h")
			.param("h", household.value())
			.query(String.class)
			.single();
	}

	String path() {
		return "/households/" + household.value() + "/court-orders";
	}

	@Test
	void aSupervisionOrderRecordedOnThePageShowsItsExtensionWarningOnTheHouseholdAndStartPages() throws Exception {
		LocalDate start = today.minusMonths(11);
		var refused = Jsoup.parse(mvc
			.perform(post(path()).with(contactPerson.session())
				.with(csrf())
				.param("childMemberId", daan.toString())
				.param("kind", "SUPERVISION")
				.param("decidedOn", start.toString())
				.param("startsOn", start.toString())
				.param("endsOn", start.plusYears(1).plusDays(1).toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(refused.select("#endsOn-error").text()).contains("ten hoogste 1 jaar");

		mvc.perform(post(path()).with(contactPerson.session())
			.with(csrf())
			.param("childMemberId", daan.toString())
			.param("kind", "SUPERVISION")
			.param("decidedOn", start.toString())
			.param("startsOn", start.toString())
			.param("endsOn", start.plusYears(1).toString())).andExpect(redirectedUrl(path()));

		var track = page(path(), contactPerson);
		assertThat(track.select("article h2").text()).contains("Ondertoezichtstelling", "Daan");
		assertThat(track.select("article").text()).contains("Verlenging op tijd aanvragen");
		var section = page("/households/" + household.value(), contactPerson)
			.select("section[aria-labelledby=legal-heading]");
		assertThat(section.text()).contains("Ondertoezichtstelling", "Verlenging op tijd aanvragen");
		var deadlines = page("/", contactPerson).select("#deadlines-heading + ul li");
		assertThat(deadlines.text()).contains("Einde jeugdbeschermingsmaatregel", "Verlenging op tijd aanvragen");

		String order = jdbc.sql("select id from court_order where household_id = :h")
			.param("h", household.value())
			.query(String.class)
			.single();
		assertThat(page(path() + "/" + order + "/extensions", contactPerson).select("h1").text())
			.isEqualTo("Verlenging vastleggen");
		mvc.perform(post(path() + "/" + order + "/extensions").with(contactPerson.session())
			.with(csrf())
			.param("decidedOn", today.toString())
			.param("endsOn", start.plusYears(2).toString())).andExpect(redirectedUrl(path()));
		assertThat(page(path(), contactPerson).select("article").text()).contains("Verlengingen")
			.doesNotContain("Verlenging op tijd aanvragen");
		String timeline = page("/households/" + household.value() + "/timeline", contactPerson).text();
		assertThat(timeline).contains("Ondertoezichtstelling voor Daan vastgelegd",
				"Ondertoezichtstelling voor Daan verlengd");
		Pro partner = data.professional(OrganisationType.SCHOOL);
		data.involve(contactPerson, household, partner, "PARTNER");
		assertThat(page("/households/" + household.value() + "/timeline", partner).text())
			.doesNotContain("Ondertoezichtstelling");
	}

	@Test
	void theHearingAfterAnEmergencyOrderIsRecordedOnItsOwnPage() throws Exception {
		LocalDate start = today.minusDays(2);
		String order = emergencyOrderFrom(start);
		var track = page(path(), contactPerson);
		assertThat(track.select("article").text()).contains("Verhoor nodig");
		assertThat(track.select("a[href$=/hearing]").text()).isEqualTo("Verhoor vastleggen");
		var refused = Jsoup.parse(mvc
			.perform(post(path() + "/" + order + "/hearing").with(contactPerson.session())
				.with(csrf())
				.param("heardOn", today.toString())
				.param("endsOn", start.plusYears(1).plusDays(1).toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(refused.select("#endsOn-error").text()).contains("ten hoogste een jaar");
		mvc.perform(post(path() + "/" + order + "/hearing").with(contactPerson.session())
			.with(csrf())
			.param("heardOn", today.toString())
			.param("endsOn", start.plusMonths(3).toString())).andExpect(redirectedUrl(path()));
		track = page(path(), contactPerson);
		assertThat(track.select("article").text()).doesNotContain("Verhoor nodig");
		assertThat(track.select("a[href$=/hearing]")).isEmpty();
	}

	@Test
	void aRequestToTheRaadRecordedOnItsPageShowsWithTheStartNorm() throws Exception {
		assertThat(page("/households/" + household.value() + "/raad-requests/new", contactPerson).select("h1").text())
			.isEqualTo("Verzoek aan de Raad vastleggen");
		mvc.perform(post("/households/" + household.value() + "/raad-requests").with(contactPerson.session())
			.with(csrf())
			.param("requestedOn", today.toString())
			.param("question", "Is een raadsonderzoek nodig?")).andExpect(redirectedUrl(path() + "#raad-heading"));
		assertThat(page(path(), contactPerson).select("#raad-heading + ul").text())
			.contains("Is een raadsonderzoek nodig?", "binnen 10 dagen");
		String request = jdbc.sql("select id from raad_request where household_id = :h")
			.param("h", household.value())
			.query(String.class)
			.single();
		mvc.perform(post("/api/v1/households/" + household.value() + "/raad-requests/" + request + "/table")
			.with(contactPerson.basic())
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content(
					"{\"heldOn\": \"%s\", \"participants\": [\"PARENTS\", \"INDEPENDENT_CHAIR\"], \"outcome\": \"INVESTIGATION\"}"
						.formatted(today)))
			.andExpect(status().isNoContent());
		assertThat(page(path(), contactPerson).select("#raad-heading + ul").text()).contains("Jeugdbeschermingstafel",
				"raadsonderzoek", "ouders", "onafhankelijke voorzitter");
	}

	@Test
	void aChildsNameShowsEscapedInTheHouseholdPageSection() throws Exception {
		jdbc.sql("update member set given_name = 'Daan <i>&' where id = :id").param("id", daan).update();
		mvc.perform(post(path()).with(contactPerson.session())
			.with(csrf())
			.param("childMemberId", daan.toString())
			.param("kind", "SUPERVISION")
			.param("decidedOn", today.toString())
			.param("startsOn", today.toString())
			.param("endsOn", today.plusMonths(6).toString())).andExpect(redirectedUrl(path()));
		String html = mvc.perform(get("/households/" + household.value()).with(contactPerson.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Ondertoezichtstelling · Daan &lt;i&gt;&amp;").doesNotContain("Daan <i>");
		assertThat(Jsoup.parse(html).select("section[aria-labelledby=legal-heading] strong").text())
			.startsWith("Ondertoezichtstelling · Daan <i>&");
	}

	@Test
	void aCoreTeamMemberOutsideTheSafetyTeamReadsTheLegalTrackAndIsNotOfferedToRecordIt() throws Exception {
		String order = emergencyOrderFrom(today);
		Pro colleague = data.professional(OrganisationType.LOCAL_TEAM);
		data.involve(contactPerson, household, colleague, "CORE_TEAM");
		var track = page(path(), colleague);
		assertThat(track.select("article").text()).contains("Verhoor nodig");
		// the contact person, the director and the regional safety team record it
		assertThat(track
			.select("a[href*=/court-orders/], a[href$=/raad-requests/new], form[method=post]:not([action=/logout])"))
			.isEmpty();
		assertThat(page(path(), contactPerson)
			.select("a[href$=/hearing], a[href$=/raad-requests/new], form[method=post]:not([action=/logout])"))
			.hasSize(3);
		for (String form : new String[] { path() + "/" + order + "/hearing",
				"/households/" + household.value() + "/raad-requests/new" }) {
			mvc.perform(get(form).with(colleague.session())).andExpect(status().isForbidden());
		}
		assertThat(jdbc.sql("""
				select count(*) from access_log where household_id = :h and actor_id = :a and outcome = 'DENIED'
				   and basis = 'COURT_ORDERS_BY_CONTACT_PERSON_DIRECTOR_OR_SAFETY_TEAM'""")
			.param("h", household.value())
			.param("a", colleague.id())
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aPartnerSeesNoLegalTrack() throws Exception {
		Pro partner = data.professional(OrganisationType.SCHOOL);
		data.involve(contactPerson, household, partner, "PARTNER");
		assertThat(page("/households/" + household.value(), partner).select("#legal-heading")).isEmpty();
		mvc.perform(get(path()).with(partner.session())).andExpect(status().isForbidden());
	}

}
