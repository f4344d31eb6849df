package nl.kernteam.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The plan page's many forms, now made in jte (issue 19): a refused answer comes back in
 * the form it was sent from, open, with what was typed and each error next to its field;
 * the other forms, and the same form of other rows, stay closed and blank.
 */
@IntegrationTest
class PlanPageFormsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	Pro contactPerson;

	HouseholdId household;

	String page;

	@BeforeEach
	void aFamilyWithAPlan() {
		contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		household = data.household(contactPerson);
		page = "/households/" + household.value() + "/plan";
	}

	String api(String path, String json) throws Exception {
		var response = mvc
			.perform(post("/api/v1" + page + path).with(contactPerson.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		return response.getContentAsString();
	}

	Document send(MockHttpServletRequestBuilder form, int status) throws Exception {
		var response = mvc.perform(form.with(contactPerson.session()).with(csrf())).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
		return Jsoup.parse(response.getContentAsString());
	}

	/**
	 * Emergency access only reads: the plan is shown without a form or a button that
	 * would change it (each was refused when sent), where the contact person sees them
	 * all.
	 */
	@Test
	void underEmergencyAccessThePlanHasNoFormsToChangeIt() throws Exception {
		api("/goals", "{\"text\": \"Sanne gaat elke dag naar school\"}");
		api("/agreements", "{\"description\": \"Oma haalt de kinderen op\", \"ownerRef\": \"PROFESSIONAL:"
				+ contactPerson.id() + "\"}");
		api("/conditions", "{\"text\": \"Er wordt niet geslagen.\"}");
		var mine = Jsoup
			.parse(mvc.perform(get(page).with(contactPerson.session())).andReturn().getResponse().getContentAsString());
		assertThat(mine.select("main form[method=post]")).hasSizeGreaterThan(5);
		var emergency = data.professional(OrganisationType.VEILIG_THUIS);
		var response = mvc
			.perform(post("/api/v1/households/" + household.value() + "/emergency-access").with(emergency.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"Melding in de nacht\"}"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		var read = mvc.perform(get(page).with(emergency.session())).andReturn().getResponse();
		assertThat(read.getStatus()).isEqualTo(200);
		var html = Jsoup.parse(read.getContentAsString());
		assertThat(html.select("h1").text()).isNotBlank();
		assertThat(html.select(".goal").text()).contains("Sanne gaat elke dag naar school", "Oma haalt de kinderen op");
		assertThat(html.select("main form[method=post]")).as(html.select("main form").outerHtml()).isEmpty();
		assertThat(html.select("a[href$=/plan/start]")).isEmpty();
		assertThat(html.select("a[href*=/plan/agreements/]")).isEmpty();
	}

	/** Was a 500: the form could not be made again when its record could not be. */
	@Test
	void aDueDateThatCannotBeReadIsShownNextToItsFieldWithWhatWasTyped() throws Exception {
		var html = send(post(page + "/agreements").param("description", "Oma haalt de kinderen op")
			.param("ownerRef", "")
			.param("dueDate", "volgende week"), 200);
		var due = html.getElementById("agreement-due");
		assertThat(due.attr("value")).isEqualTo("volgende week");
		assertThat(due.attr("aria-describedby")).isEqualTo("agreement-due-error");
		assertThat(html.getElementById("agreement-due-error").text()).isNotBlank();
		assertThat(html.getElementById("agreement-description").text()).isEqualTo("Oma haalt de kinderen op");
		assertThat(html.getElementById("agreements").hasAttr("open")).isTrue();
		assertThat(html.select(".form-error")).hasSize(1);
		assertThat(jdbc.sql("select count(*) from plan_agreement where household_id = ?")
			.param(household.value())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aRefusedCheckComesBackInItsOwnConditionsFormOnly() throws Exception {
		String first = JsonPath.read(api("/conditions", "{\"text\": \"Er wordt niet geslagen.\"}"), "$.id");
		String second = JsonPath.read(api("/conditions", "{\"text\": \"De kinderen slapen thuis.\"}"), "$.id");
		String submission = UUID.randomUUID().toString();
		// "held" left out: the one question that must be answered
		var html = send(post(page + "/conditions/" + second + "/checks").param("submissionId", submission)
			.param("date", "2026-11-30")
			.param("by", "Oma Riet")
			.param("note", "Niet gezien"), 200);
		var answered = html.getElementById("condition-" + second);
		var other = html.getElementById("condition-" + first);
		assertThat(answered.select("details[open]")).hasSize(1);
		assertThat(other.select("details[open]")).isEmpty();
		assertThat(answered.selectFirst("input[name=submissionId]").attr("value")).isEqualTo(submission);
		assertThat(answered.selectFirst("input[name=date]").attr("value")).isEqualTo("2026-11-30");
		assertThat(answered.selectFirst("input[name=by]").attr("value")).isEqualTo("Oma Riet");
		assertThat(answered.selectFirst("textarea[name=note]").text()).isEqualTo("Niet gezien");
		assertThat(answered.select(".form-error")).hasSize(1);
		assertThat(answered.selectFirst("fieldset").attr("aria-describedby"))
			.isEqualTo(answered.selectFirst(".form-error").id());
		assertThat(other.select(".form-error")).isEmpty();
		assertThat(other.selectFirst("input[name=by]").attr("value")).isEmpty();
		assertThat(other.selectFirst("input[name=submissionId]").attr("value")).isNotEqualTo(submission);
		// the rest of the page is as a fresh view shows it
		var fresh = Jsoup
			.parse(mvc.perform(get(page).with(contactPerson.session())).andReturn().getResponse().getContentAsString());
		assertThat(html.select(".plan-condition h4").eachText())
			.isEqualTo(fresh.select(".plan-condition h4").eachText());
	}

	@Test
	void aChangeOnAnOldVersionIsA409WithTheStoredVersionAndTheWordsTyped() throws Exception {
		api("/goals", "{\"text\": \"Sanne gaat elke dag naar school\"}");
		int stored = jdbc.sql("select version from plan where household_id = ?")
			.param(household.value())
			.query(Integer.class)
			.single();
		var html = send(post(page).param("version", String.valueOf(stored - 1))
			.param("phase", "SAFETY_PLAN")
			.param("familyWords", "Wij willen rust in huis."), 409);
		var form = html.selectFirst(".plan__words form");
		assertThat(form.parent().hasAttr("open")).isTrue();
		assertThat(form.select(".alert--error").text()).isNotBlank();
		assertThat(form.selectFirst("input[name=version]").attr("value")).isEqualTo(String.valueOf(stored));
		assertThat(form.selectFirst("textarea[name=familyWords]").text()).isEqualTo("Wij willen rust in huis.");
		assertThat(form.selectFirst("option[selected]").attr("value")).isEqualTo("SAFETY_PLAN");
		assertThat(html.select("details[open]")).as("only the plan's own form, and the agreement form under goals")
			.hasSize(2);
	}

	/**
	 * The agreement's own page stays Thymeleaf and keeps its choice of owners (its
	 * fragment lived beside the plan page's old template).
	 */
	@Test
	void theAgreementsOwnPageShowsWhoDoesItAndComesBackWhenRefused() throws Exception {
		String ref = "PROFESSIONAL:" + contactPerson.id();
		String agreement = JsonPath.read(api("/agreements", """
				{"description": "Oma haalt de kinderen op", "ownerRef": "%s"}""".formatted(ref)), "$.id");
		var html = Jsoup.parse(mvc.perform(get(page + "/agreements/" + agreement).with(contactPerson.session()))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(html.select("#ownerRef option[selected]").attr("value")).isEqualTo(ref);
		assertThat(html.select("#ownerRef optgroup")).hasSize(3);
		var refused = send(post(page + "/agreements/" + agreement).param("description", "")
			.param("ownerRef", ref)
			.param("status", "OPEN")
			.param("version", "0"), 200);
		assertThat(refused.select("#ownerRef option[selected]").attr("value")).isEqualTo(ref);
		assertThat(refused.select(".form-error").text()).isNotBlank();
	}

	@Test
	void everyTextOfTheFullPageIsFound() throws Exception {
		api("/goals", "{\"text\": \"Sanne gaat elke dag naar school\"}");
		api("/conditions", "{\"text\": \"Er wordt niet geslagen.\"}");
		var html = mvc.perform(get(page).with(contactPerson.session())).andReturn().getResponse().getContentAsString();
		assertThat(html).doesNotContain("??");
	}

}
