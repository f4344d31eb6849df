package nl.kernteam.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.OrganisationSummary;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.Role;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class NetworkPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	Pro contactPerson;

	HouseholdId household;

	String base;

	@BeforeEach
	void setUp() {
		contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		household = data.household(contactPerson);
		base = "/households/" + household.value();
	}

	@Test
	void everyNetworkPageRendersForTheContactPerson() throws Exception {
		String involvement = data
			.involve(contactPerson, household, data.professional(OrganisationType.VEILIG_THUIS), "CORE_TEAM")
			.toString();
		data.informal(contactPerson, household, "Kees", "buurman");
		for (String page : new String[] { base, base + "/network", base + "/network?on=2020-01-01",
				base + "/network/involvements/new", base + "/network/informal/new",
				base + "/network/involvements/" + involvement + "/end", base + "/network/contact-person",
				base + "/network/director", base + "/timeline", base + "/helpers" }) {
			mvc.perform(get(page).with(contactPerson.session())).andExpect(status().isOk());
		}
		mvc.perform(get(base + "/network").with(contactPerson.session()))
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString("Kees")));
	}

	@Test
	void aNoteWithoutTextShowsTheMessageNextToTheFieldAndKeepsWhatWasTyped() throws Exception {
		String html = mvc
			.perform(post(base + "/notes").with(contactPerson.session())
				.with(csrf())
				.param("submissionId", UUID.randomUUID().toString())
				.param("kind", "HOME_VISIT")
				.param("occurredOn", "2026-01-05")
				.param("others", "buurvrouw")
				.param("text", " ")
				.param("audience", "NETWORK")
				.param("returnTo", "household"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var page = Jsoup.parse(html);
		assertThat(page.select("#text-error").text()).as(page.select("form.note-form").outerHtml())
			.isEqualTo("Schrijf kort wat er besproken is.");
		assertThat(page.select("#text-timeline").attr("aria-describedby")).isEqualTo("text-error");
		assertThat(page.select("form.note-form .alert--error")).hasSize(1);
		assertThat(page.select("#kind-timeline option[selected]").val()).isEqualTo("HOME_VISIT");
		assertThat(page.select("#occurredOn-timeline").val()).isEqualTo("2026-01-05");
		assertThat(page.select("#others-timeline").val()).isEqualTo("buurvrouw");
		assertThat(page.select("input[name=audience][checked]").val()).isEqualTo("NETWORK");
		mvc.perform(post(base + "/notes").with(contactPerson.session())
			.with(csrf())
			.param("kind", "HOME_VISIT")
			.param("occurredOn", "2026-01-05")
			.param("text", "Rustig gesprek")
			.param("audience", "NETWORK")
			.param("returnTo", "household")).andExpect(redirectedUrl(base));
		assertThat(Jsoup
			.parse(mvc.perform(get(base).with(contactPerson.session())).andReturn().getResponse().getContentAsString())
			.select("#text-household")).hasSize(1);
	}

	/**
	 * A date the form cannot read (typed by hand where the browser has no date picker) is
	 * refused next to its field, with what was typed kept; it was a 500.
	 */
	@Test
	void aNoteWithAnUnreadableDateShowsTheMessageNextToTheFieldAndKeepsWhatWasTyped() throws Exception {
		long notes = jdbc.sql("select count(*) from note").query(Long.class).single();
		String html = mvc
			.perform(post(base + "/notes").with(contactPerson.session())
				.with(csrf())
				.param("submissionId", UUID.randomUUID().toString())
				.param("kind", "HOME_VISIT")
				.param("occurredOn", "5-1-2026")
				.param("text", "Rustig gesprek")
				.param("audience", "NETWORK")
				.param("returnTo", "household"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var page = Jsoup.parse(html);
		assertThat(page.select("#occurredOn-error").text()).as(page.select("form.note-form").outerHtml()).isNotEmpty();
		assertThat(page.select("#occurredOn-timeline").val()).isEqualTo("5-1-2026");
		assertThat(page.select("#text-timeline").val()).isEqualTo("Rustig gesprek");
		assertThat(jdbc.sql("select count(*) from note").query(Long.class).single()).isEqualTo(notes);
	}

	/**
	 * A refused note keeps who was ticked as present (the note form is a jte template
	 * since issue 19; it shows what th:field showed).
	 */
	@Test
	void aRefusedNoteKeepsWhoWasTickedAsPresent() throws Exception {
		var people = Jsoup
			.parse(mvc.perform(get(base + "/timeline").with(contactPerson.session()))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.select("input[name=present]");
		assertThat(people).hasSizeGreaterThan(1);
		assertThat(people.select("[checked]")).isEmpty();
		String ticked = people.get(1).val();
		String html = mvc
			.perform(post(base + "/notes").with(contactPerson.session())
				.with(csrf())
				.param("submissionId", UUID.randomUUID().toString())
				.param("kind", "MEETING")
				.param("occurredOn", "2026-01-05")
				.param("present", ticked)
				.param("_present", "on")
				.param("text", "")
				.param("audience", "CORE_TEAM")
				.param("returnTo", "timeline"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var form = Jsoup.parse(html).select("form.note-form");
		assertThat(form.select("input[name=present][checked]").eachAttr("value")).as(form.outerHtml())
			.containsExactly(ticked);
		assertThat(form.select("#present-timeline-1").hasAttr("checked")).isTrue();
		assertThat(form.select("#text-error").text()).isNotEmpty();
	}

	@Test
	void addingWithoutReasonShowsTheMessageNextToTheFieldAndKeepsTheChoice() throws Exception {
		Pro school = data.professional(OrganisationType.SCHOOL);
		String html = mvc
			.perform(post(base + "/network/involvements").with(contactPerson.session())
				.with(csrf())
				.param("submissionId", UUID.randomUUID().toString())
				.param("professionalId", school.id().toString())
				.param("role", "PARTNER")
				.param("reason", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var page = Jsoup.parse(html);
		assertThat(page.select("#reason-error").text()).as(page.select("form.form").outerHtml())
			.isEqualTo("Geef een reden.");
		assertThat(page.select("input[name=professionalId][checked]").val()).isEqualTo(school.id().toString());
	}

	@Test
	void aDoubleSubmittedInvolvementIsAddedOnce() throws Exception {
		Pro school = data.professional(OrganisationType.SCHOOL);
		UUID submission = UUID.randomUUID();
		for (int i = 0; i < 2; i++) {
			mvc.perform(post(base + "/network/involvements").with(contactPerson.session())
				.with(csrf())
				.param("submissionId", submission.toString())
				.param("professionalId", school.id().toString())
				.param("role", "PARTNER")
				.param("reason", "Zorgen over schoolverzuim")).andExpect(redirectedUrl(base + "/network"));
		}
		assertThat(jdbc.sql("select count(*) from involvement where household_id = :h and professional_id = :p")
			.param("h", household.value())
			.param("p", school.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	/**
	 * The managers' controls (add, ask for expertise, close) follow the one access
	 * decision: the contact person and the director see them, a core-team member and
	 * someone under emergency access do not, and nobody on a past date.
	 */
	@Test
	void onlyTheContactPersonAndTheDirectorSeeTheManagersControls() throws Exception {
		Pro director = data.professional(OrganisationType.YOUTH_PROTECTION_AGENCY);
		Pro coreTeam = data.professional(OrganisationType.VEILIG_THUIS);
		data.involve(contactPerson, household, director, "CORE_TEAM");
		data.involve(contactPerson, household, coreTeam, "CORE_TEAM");
		mvc.perform(put("/api/v1" + base + "/director").with(contactPerson.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"professionalId": "%s", "reason": "Jeugdbescherming voert de regie"}""".formatted(director.id())))
			.andExpect(status().isOk());
		Pro emergency = data.professional(OrganisationType.POLICE);
		mvc.perform(post("/api/v1" + base + "/emergency-access").with(emergency.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Melding in de nacht\"}")).andExpect(status().isCreated());
		for (Pro manager : java.util.List.of(contactPerson, director)) {
			var page = Jsoup.parse(mvc.perform(get(base + "/network").with(manager.session()))
				.andReturn()
				.getResponse()
				.getContentAsString());
			assertThat(page.select("a[href$=/network/involvements/new]")).as(manager.username()).hasSize(1);
			assertThat(page.select("a[href$=/expertise-requests/new]")).as(manager.username()).hasSize(1);
			var past = Jsoup.parse(mvc.perform(get(base + "/network?on=2020-01-01").with(manager.session()))
				.andReturn()
				.getResponse()
				.getContentAsString());
			assertThat(past.select("a[href$=/network/involvements/new]")).as("on a past date").isEmpty();
			assertThat(past.select("#expertise-heading, a[href$=/expertise-requests/new]")).as("on a past date")
				.isEmpty();
			// before anyone was involved: said in words, not a label beside the next
			// one's
			assertThat(past.select("dl.facts dd").eachText()).startsWith("Niemand", "Niemand");
			assertThat(past.select("p.muted").eachText()).contains("Niemand betrokken.");
		}
		for (Pro other : java.util.List.of(coreTeam, emergency)) {
			var response = mvc.perform(get(base + "/network").with(other.session())).andReturn().getResponse();
			assertThat(response.getStatus()).isEqualTo(200);
			var page = Jsoup.parse(response.getContentAsString());
			assertThat(page.select("a[href$=/network/involvements/new], a[href$=/close], a[href$=/network/director]"))
				.as(other.username())
				.isEmpty();
			assertThat(page.select("a[href$=/expertise-requests/new]")).as(other.username()).isEmpty();
		}
	}

	@Test
	void involvedPartnerSeesTheNetworkButNotTheManagersControls() throws Exception {
		Pro partner = data.professional(OrganisationType.MENTAL_HEALTH);
		data.involve(contactPerson, household, partner, "PARTNER");
		mvc.perform(get(base + "/network").with(partner.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/network/involvements/new"))))
			.andExpect(content().string(not(containsString("/network/contact-person\""))));
		mvc.perform(post(base + "/network/director").with(partner.session())
			.with(csrf())
			.param("professionalId", partner.id().toString())
			.param("reason", "Ik wil regisseren")).andExpect(status().isForbidden());
		// nor the forms to change the network: refused as the change is, and logged
		for (String form : new String[] { "/network/involvements/new", "/network/informal/new", "/network/director" }) {
			mvc.perform(get(base + form).with(partner.session())).andExpect(status().isForbidden());
		}
		assertThat(jdbc.sql("""
				select count(*) from access_log where actor_id = :partner and outcome = 'DENIED'
				   and basis = 'NETWORK_BY_CONTACT_PERSON_OR_DIRECTOR'""")
			.param("partner", partner.id())
			.query(Long.class)
			.single()).isEqualTo(4);
		// a form sent with a choice that is none of the choices is damaged: 400, not 500
		mvc.perform(post(base + "/network/director").with(contactPerson.session())
			.with(csrf())
			.param("professionalId", "geen-keuze")
			.param("reason", "Regie")).andExpect(status().isBadRequest());
	}

	@Test
	void outsiderAsksForEmergencyAccessAndThenReadsTheHousehold() throws Exception {
		Pro police = data.professional(OrganisationType.POLICE);
		mvc.perform(get(base).with(police.session())).andExpect(status().isForbidden());
		String html = mvc
			.perform(post(base + "/emergency-access").with(police.session()).with(csrf()).param("reason", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).select("#reason-error").text()).contains("reden");
		mvc.perform(
				post(base + "/emergency-access").with(police.session()).with(csrf()).param("reason", "Acute melding"))
			.andExpect(redirectedUrl(base));
		mvc.perform(get(base).with(police.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("noodtoegang")))
			.andExpect(content().string(not(containsString("Notitie opslaan"))));
	}

	@Test
	void teamLeadSeesTheTeamAndHandsAHouseholdOver() throws Exception {
		var team = new OrganisationSummary(contactPerson.summary().organisationId(), null, null, null, null);
		Pro lead = data.professional(team, Role.PROFESSIONAL, Role.TEAM_LEAD);
		Pro successor = data.professional(team);
		mvc.perform(get("/team").with(lead.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(contactPerson.summary().name())));
		mvc.perform(get("/team/" + contactPerson.id()).with(lead.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(data.householdName(household))));
		mvc.perform(post("/team/" + contactPerson.id() + "/handover").with(lead.session())
			.with(csrf())
			.param("householdId", household.value().toString())
			.param("newContactPersonId", successor.id().toString())
			.param("reason", "Collega gaat met pensioen")).andExpect(redirectedUrl("/team/" + contactPerson.id()));
		assertThat(jdbc.sql("select professional_id from contact_person where household_id = :h and ended_at is null")
			.param("h", household.value())
			.query(UUID.class)
			.single()).isEqualTo(successor.id());
		mvc.perform(get("/team").with(contactPerson.session())).andExpect(status().isForbidden());
		mvc.perform(get("/team/" + contactPerson.id())
			.with(data.professional(OrganisationType.LOCAL_TEAM, Role.TEAM_LEAD).session()))
			.andExpect(status().isNotFound());
	}

}
