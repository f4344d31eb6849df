package nl.kernteam.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.network.EmergencyAccessManagement;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.HtmlSnapshot;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Writes household pages with the score chart and the plan section to target/score-html
 * (issue 19), normalised, so that a change to their rendering can be compared before and
 * after: {@code -Dscore.label=before}. A household with three assessments (scores of
 * family, informal network and a professional, an unsafe judgement, a divergence, a
 * newest one not judged yet) and a plan with goals, agreements (one overdue) and a next
 * evaluation, in Dutch and English and under emergency access; a household with an
 * assessment without scores; one with neither. It checks what the pages show.
 */
@IntegrationTest
class ScoreChartHtmlSnapshotTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EmergencyAccessManagement emergency;

	@Test
	void writesTheHouseholdPagesWithChartAndPlan() throws Exception {
		var worker = data.professional(OrganisationType.LOCAL_TEAM);
		var full = data.household(worker);
		data.informal(worker, full, "Truus", "oma");
		assessment(worker, full, "2026-03-12", """
				[{"participant": "Sanne", "score": 6}, {"participant": "Daan", "score": 4},
				 {"participant": "Oma Riet", "score": 5}, {"participant": "Wijkteam", "score": 3}]""",
				"\"STRUCTURAL\"");
		assessment(worker, full, "2026-06-01", """
				[{"participant": "Sanne", "score": 8}, {"participant": "Daan", "score": 7},
				 {"participant": "Wijkteam", "score": 3, "note": "Nog te vaak ruzie."}]""", "\"ACUTE\"");
		assessment(worker, full, "2026-09-01", """
				[{"participant": "Sanne", "score": 7}, {"participant": "Wijkteam", "score": 6}]""", "null");
		String plan = "/api/v1/households/" + full.value() + "/plan";
		json(worker, put(plan), """
				{"phase": "SAFETY_PLAN", "familyWords": "Wij willen dat <Daan> rustig kan slapen.", "version": 0}""");
		String goal = JsonPath.read(json(worker, post(plan + "/goals"), """
				{"text": "Daan gaat elke dag naar school"}"""), "$.id");
		json(worker, post(plan + "/goals"), """
				{"text": "Niemand schreeuwt als de kinderen erbij zijn"}""");
		LocalDate today = LocalDate.now(AmsterdamTime.ZONE);
		json(worker, post(plan + "/agreements"), """
				{"goalId": "%s", "description": "Sanne brengt Daan naar school", "owner": "Sanne", "dueDate": "%s"}"""
			.formatted(goal, today.plusDays(7)));
		String late = JsonPath.read(json(worker, post(plan + "/agreements"), """
				{"description": "Oma haalt de kinderen woensdag op", "owner": "Truus", "dueDate": "%s"}"""
			.formatted(today.plusDays(3))), "$.id");
		jdbc.sql("update plan_agreement set due_date = :due where id = :id::uuid")
			.param("due", today.minusDays(2))
			.param("id", late)
			.update();
		json(worker, post(plan + "/evaluations"), """
				{"plannedOn": "%s"}""".formatted(today.plusDays(20)));

		var unscored = data.household(worker);
		assessment(worker, unscored, "2026-05-05", "[]", "\"NONE\"");
		var empty = data.household(worker);
		var police = data.professional(OrganisationType.POLICE);
		emergency.requestEmergencyAccess(police.actor(), full, "Acute melding");

		var dir = Files.createDirectories(Path.of("target/score-html"));
		String label = System.getProperty("score.label", "after");
		String fullPage = page(worker, "/households/" + full.value());
		String english = page(worker, "/households/" + full.value() + "?lang=en");
		String emergencyPage = page(police, "/households/" + full.value());
		String unscoredPage = page(worker, "/households/" + unscored.value());
		String emptyPage = page(worker, "/households/" + empty.value());
		Files.writeString(dir.resolve("full-" + label + ".html"), HtmlSnapshot.normalised(fullPage));
		Files.writeString(dir.resolve("english-" + label + ".html"), HtmlSnapshot.normalised(english));
		Files.writeString(dir.resolve("emergency-" + label + ".html"), HtmlSnapshot.normalised(emergencyPage));
		Files.writeString(dir.resolve("unscored-" + label + ".html"), HtmlSnapshot.normalised(unscoredPage));
		Files.writeString(dir.resolve("empty-" + label + ".html"), HtmlSnapshot.normalised(emptyPage));
		// the two sections as rendered, only the ids replaced: every coordinate and date
		// as it is
		Files.writeString(dir.resolve("sections-" + label + ".html"), sections(fullPage) + sections(english)
				+ sections(emergencyPage) + sections(unscoredPage) + sections(emptyPage));

		assertThat(fullPage).contains("<svg class=\"score-chart__svg\" role=\"img\"", "viewBox=\"0 0 720 320\"",
				"Laatste gesprek: 1 juni 2026", "Acute onveiligheid", "badge badge--warning",
				"Het gesprek van 1 september 2026 heeft nog geen oordeel.", "Gesprek van 1-9-2026 openen",
				"Alle gesprekken (3)", "verschil 5", "Sanne · Gezin", "Oma Riet · Eigen netwerk",
				"Wijkteam · Professional", "gestippelde lijn, ruitjes",
				"Gesprekken in de grafiek: 3, van 12-3-2026 tot en met 1-9-2026.",
				"Laatste gesprek: het gezin gemiddeld 7, de professionals gemiddeld 6.",
				"Op 1-6-2026 liggen de scores van het gezin en van de professionals 5 punten uit elkaar.",
				"<td>7,5</td>", "5 (groot verschil)", "geen score", ">Nieuw gesprek</a>", "Veiligheidsplan",
				"Wij willen dat &lt;Daan&gt; rustig kan slapen.", "2 doelen, 2 afspraken", "1 afspraak is te laat",
				"Volgende evaluatie: ", ">Afdrukken</a>");
		assertThat(fullPage).doesNotContain("<Daan>");
		assertThat(english).contains("svg class=\"score-chart__svg\"");
		assertThat(emergencyPage).contains("svg class=\"score-chart__svg\"").doesNotContain(">Nieuw gesprek</a>");
		assertThat(unscoredPage).contains("In de gesprekken zijn nog geen scores gegeven.", "Geen onveiligheid")
			.doesNotContain("svg class=\"score-chart__svg\"");
		assertThat(emptyPage).contains("Er is nog geen gezamenlijke oordeelsvorming met dit gezin.",
				"Er is nog geen plan.", "geen doelen, geen afspraken");
	}

	private void assessment(Pro worker, HouseholdId household, String date, String scores, String judgement)
			throws Exception {
		String url = "/api/v1/households/" + household.value() + "/assessments";
		String id = JsonPath.read(json(worker, post(url), """
				{"date": "%s", "participants": [
				  {"name": "Sanne", "kind": "FAMILY"}, {"name": "Daan", "kind": "FAMILY"},
				  {"name": "Oma Riet", "kind": "INFORMAL"}, {"name": "Wijkteam", "kind": "PROFESSIONAL"}]}"""
			.formatted(date)), "$.id");
		json(worker, put(url + "/" + id), """
				{"version": 1, "date": "%s",
				 "participants": [{"name": "Sanne", "kind": "FAMILY"}, {"name": "Daan", "kind": "FAMILY"},
				   {"name": "Oma Riet", "kind": "INFORMAL"}, {"name": "Wijkteam", "kind": "PROFESSIONAL"}],
				 "facts": [], "worries": [], "strengths": [], "nextSteps": [], "dangerStatements": [],
				 "scores": %s, "safetyJudgement": %s, "rationale": "Herhaalde ruzies waar Daan bij is.",
				 "keyDecisions": []}""".formatted(date, scores, judgement));
	}

	private String json(Pro who, MockHttpServletRequestBuilder request, String body) throws Exception {
		var response = mvc.perform(request.with(who.basic()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(200, 201);
		return response.getContentAsString();
	}

	private String page(Pro who, String path) throws Exception {
		return mvc.perform(get(path).with(who.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String sections(String html) {
		var result = new StringBuilder();
		for (String start : new String[] { "<section class=\"card card--wide assessment-section\"",
				"<section class=\"card\" aria-labelledby=\"plan-heading\"" }) {
			int from = html.indexOf(start);
			if (from >= 0) {
				result.append(html, from, html.indexOf("</section>", from) + "</section>".length()).append('\n');
			}
		}
		return result.toString().replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "UUID");
	}

}
