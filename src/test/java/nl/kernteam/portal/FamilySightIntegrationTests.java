package nl.kernteam.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.jayway.jsonpath.JsonPath;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Fam;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The age-and-authority table ({@link FamilySight}) through the family's API and pages:
 * whose own words and scales each member of a family of seven sees, what a 16- or
 * 17-year-old and an adult allow, and a withheld item.
 */
@IntegrationTest
class FamilySightIntegrationTests {

	static final String PROFESSIONAL = "Jeugdprofessional";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	org.springframework.context.ApplicationContext context;

	SightFamily family;

	@BeforeEach
	void aFamilyOfSeven() throws Exception {
		family = new SightFamily(context, mvc);
	}

	/**
	 * The names whose views the member reads, and whose scales, on the API and the page.
	 */
	TreeSet<String> seenBy(Fam member) throws Exception {
		String json = mvc.perform(get("/api/v1/family/household").with(member.basic()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> views = JsonPath.read(json, "$.assessments[0].familyViews[*].name");
		List<String> scales = JsonPath.read(json, "$.scales[*].name");
		assertThat(new TreeSet<>(scales)).isEqualTo(new TreeSet<>(views));
		String page = mvc.perform(get("/family/assessments/{id}", family.assessment).with(member.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var onPage = new TreeSet<String>();
		for (String name : SightFamily.NAMES) {
			if (page.contains("Woorden van " + name)) {
				onPage.add(name);
			}
		}
		if (page.contains("Woorden van de professional")) {
			onPage.add(PROFESSIONAL);
		}
		assertThat(onPage).as("on the page").isEqualTo(new TreeSet<>(views));
		return new TreeSet<>(views);
	}

	static TreeSet<String> names(String... names) {
		var set = new TreeSet<>(List.of(names));
		set.add(PROFESSIONAL);
		return set;
	}

	@Test
	void theMotherWithAuthoritySeesHerOwnWordsAndThoseOfHerChildrenUnderSixteen() throws Exception {
		assertThat(seenBy(family.account(data, "Moeder"))).isEqualTo(names("Moeder", "Tim", "Lisa", "Noor"));
	}

	@Test
	void theFatherWithoutAuthoritySeesTheGeneralPictureAndOnlyHisOwnWords() throws Exception {
		var father = family.account(data, "Vader");
		assertThat(seenBy(father)).isEqualTo(names("Vader"));
		mvc.perform(get("/api/v1/family/household").with(father.basic()))
			.andExpect(jsonPath("$.assessments[0].worries[0].text").value("Er is vaak ruzie thuis"))
			.andExpect(jsonPath("$.assessments[0].dangerStatements[0].safetyGoal")
				.value("De kinderen zijn veilig als er ruzie is"))
			.andExpect(jsonPath("$.plan.goals[0].text").value("Rust in huis"))
			.andExpect(jsonPath("$.plan.nextEvaluation").isString())
			.andExpect(jsonPath("$.assessments[0].keyDecisions[0].rationale")
				.value("Zo krijgen de ouders hulp bij de ruzies"))
			.andExpect(jsonPath("$.assessments[0].explanations.worries")
				.value("Dit zijn de dingen waar wij ons zorgen over maken."))
			.andExpect(jsonPath("$.network[0].role").value("CONTACT_PERSON"))
			.andExpect(jsonPath("$.rights").isNotEmpty())
			// the judgement as three questions, and the old single value for older
			// clients
			.andExpect(jsonPath("$.assessments[0].safety.acute").value(false))
			.andExpect(jsonPath("$.assessments[0].safety.structural").value(true))
			.andExpect(jsonPath("$.assessments[0].safety.developmentalThreat").value(true))
			.andExpect(jsonPath("$.assessments[0].safetyJudgement").value("STRUCTURAL"));
		mvc.perform(get("/family/assessments/{id}", family.assessment).with(father.session()))
			.andExpect(content().string(containsString("Het is al langere tijd niet veilig genoeg.")))
			.andExpect(content().string(containsString("Het kind kan zich nu niet goed ontwikkelen.")));
		mvc.perform(get("/family/assessments/{id}", family.assessment).with(father.session()))
			.andExpect(content().string(containsString("Gezinshulp komt twee keer per week")))
			.andExpect(content().string(containsString("Zo krijgen de ouders hulp bij de ruzies")))
			.andExpect(content().string(containsString("Dit zijn de dingen waar wij ons zorgen over maken.")));
		mvc.perform(get("/family/plan").with(father.session()))
			.andExpect(content().string(containsString("Wanneer praten we weer?")))
			.andExpect(content().string(containsString("Moeder belt oma als het misgaat")));
	}

	@Test
	void aYoungPersonFromTwelveSeesWhatConcernsThemselvesOnly() throws Exception {
		assertThat(seenBy(family.account(data, "Lisa"))).isEqualTo(names("Lisa"));
		assertThat(seenBy(family.account(data, "Noor"))).isEqualTo(names("Noor"));
		assertThat(seenBy(family.account(data, "Eva"))).isEqualTo(names("Eva"));
		assertThat(seenBy(family.account(data, "Sem"))).isEqualTo(names("Sem"));
	}

	@Test
	void fromSixteenTheYoungPersonDecidesWhoElseSees() throws Exception {
		var sem = family.account(data, "Sem");
		var mother = family.account(data, "Moeder");
		var father = family.account(data, "Vader");
		mvc.perform(get("/api/v1/family/sharing").with(sem.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decides").value(true));
		mvc.perform(put("/api/v1/family/sharing").with(sem.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"allowed\": [\"" + family.members.get("Moeder") + "\"]}")).andExpect(status().isOk());

		assertThat(seenBy(mother)).isEqualTo(names("Moeder", "Tim", "Lisa", "Noor", "Sem"));
		assertThat(seenBy(father)).isEqualTo(names("Vader"));

		mvc.perform(put("/api/v1/family/sharing").with(sem.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"allowed\": []}")).andExpect(status().isOk());
		assertThat(seenBy(mother)).isEqualTo(names("Moeder", "Tim", "Lisa", "Noor"));
	}

	@Test
	void underSixteenTheYoungPersonDoesNotDecide() throws Exception {
		var noor = family.account(data, "Noor");
		mvc.perform(get("/api/v1/family/sharing").with(noor.basic())).andExpect(jsonPath("$.decides").value(false));
		mvc.perform(put("/api/v1/family/sharing").with(noor.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"allowed\": [\"" + family.members.get("Vader") + "\"]}")).andExpect(status().isForbidden());
	}

	@Test
	void anAdultsOwnWordsReachTheOtherAdultOnlyWhenAllowed() throws Exception {
		var mother = family.account(data, "Moeder");
		var father = family.account(data, "Vader");
		mvc.perform(put("/api/v1/family/sharing").with(mother.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"allowed\": [\"" + family.members.get("Vader") + "\"]}")).andExpect(status().isOk());
		assertThat(seenBy(father)).isEqualTo(names("Vader", "Moeder"));
	}

	@Test
	void aWithheldItemIsAbsentFromTheApiThePageAndThePrintedPlanWithItsCountAndReason() throws Exception {
		var noor = family.account(data, "Noor");
		var mother = family.account(data, "Moeder");
		mvc.perform(post("/api/v1/households/{id}/withholdings", family.household.value())
			.with(family.contactPerson.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(new tools.jackson.databind.json.JsonMapper()
				.writeValueAsString(Map.of("memberId", family.members.get("Noor"), "itemKind", "WORRY", "itemId",
						family.secretWorry, "reason", "PRIVACY_OF_OTHER", "reviewOn",
						java.time.LocalDate.now(AmsterdamTime.ZONE).plusMonths(3).toString()))))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/households/{id}/withholdings", family.household.value())
			.with(family.contactPerson.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(new tools.jackson.databind.json.JsonMapper().writeValueAsString(Map.of("memberId",
					family.members.get("Noor"), "itemKind", "GOAL", "itemId", family.goal, "reason", "SAFETY_OF_CHILD",
					"reviewOn", java.time.LocalDate.now(AmsterdamTime.ZONE).plusMonths(3).toString()))))
			.andExpect(status().isCreated());

		String json = mvc.perform(get("/api/v1/family/household").with(noor.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.withheld").value(2))
			.andExpect(jsonPath("$.withheldReasons[0]").value("SAFETY_OF_CHILD"))
			.andExpect(jsonPath("$.withheldReasons[1]").value("PRIVACY_OF_OTHER"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json).contains("Er is vaak ruzie thuis")
			.doesNotContain("Geheime zorg")
			.doesNotContain("Rust in huis");
		for (String path : List.of("/family", "/family/assessments/" + family.assessment, "/family/plan",
				"/family/plan/print")) {
			String page = mvc.perform(get(path).with(noor.session()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).as(path).doesNotContain("Geheime zorg").doesNotContain("Rust in huis");
		}
		assertThat(mvc.perform(get("/family").with(noor.session())).andReturn().getResponse().getContentAsString())
			.contains("2 dingen")
			.contains("de veiligheid van een kind")
			.contains("de privacy van iemand anders")
			.contains("/family/rights");
		String printed = mvc.perform(get("/family/plan/print").with(noor.session()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(printed).contains("Moeder belt oma als het misgaat").contains("2 dingen");

		String mothers = mvc.perform(get("/api/v1/family/household").with(mother.basic()))
			.andExpect(jsonPath("$.withheld").value(0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(mothers).contains("Geheime zorg").contains("Rust in huis");
	}

}
