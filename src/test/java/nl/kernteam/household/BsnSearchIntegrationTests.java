package nl.kernteam.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.Role;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A BSN searched for never appears in a URL: not in the address after the search, not in
 * any link, form or push.
 */
@IntegrationTest
class BsnSearchIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	Pro worker;

	String bsn;

	UUID household;

	MockHttpSession session;

	@BeforeEach
	void setUp() throws Exception {
		worker = data.professional(OrganisationType.LOCAL_TEAM);
		bsn = validBsn();
		household = UUID.randomUUID();
		mvc.perform(post("/households").with(worker.session())
			.with(csrf())
			.param("submissionId", household.toString())
			.param("members[0].givenName", "Karin")
			.param("members[0].familyName", "Zoek" + TestData.unique())
			.param("members[0].birthDate", "1980-01-01")
			.param("members[0].role", "PARENT")
			.param("members[0].bsn", bsn)).andExpect(status().is3xxRedirection());
		session = new MockHttpSession();
	}

	@Test
	void theHouseholdListSearchedByBsnShowsTheHouseholdWithoutTheNumberInAnyUrl() throws Exception {
		var posted = mvc
			.perform(
					post("/households/search").session(session).with(worker.session()).with(csrf()).param("query", bsn))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse();
		String location = posted.getRedirectedUrl();
		assertThat(location).startsWith("/households?search=").doesNotContain(bsn);
		String html = mvc.perform(get(location).session(session).with(worker.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var page = Jsoup.parse(html);
		assertThat(page.select("#results a[href]").eachAttr("href")).contains("/households/" + household);
		assertThat(urls(page)).noneMatch(url -> url.contains(bsn));
		// the search box still shows what was searched for: in the page, not in its
		// address
		assertThat(page.select("#query").val()).isEqualTo(bsn);
		assertThat(page.select("form[role=search]").attr("method")).isEqualTo("post");
	}

	@Test
	void theLiveSearchPostsAndPushesATokenInsteadOfTheNumber() throws Exception {
		var response = mvc
			.perform(post("/households/search").session(session)
				.with(worker.session())
				.with(csrf())
				.header("HX-Request", "true")
				.param("query", bsn))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getHeader("HX-Push-Url")).startsWith("/households?search=").doesNotContain(bsn);
		var page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("a[href]").eachAttr("href")).contains("/households/" + household);
		assertThat(urls(page)).noneMatch(url -> url.contains(bsn));
		// a name still travels as a plain query: nothing to hide there
		var byName = mvc
			.perform(post("/households/search").session(session)
				.with(worker.session())
				.with(csrf())
				.header("HX-Request", "true")
				.param("query", "Karin"))
			.andReturn()
			.getResponse();
		assertThat(byName.getHeader("HX-Push-Url")).isEqualTo("/households?query=Karin");
	}

	@Test
	void aBsnInTheQueryOfAnOldLinkIsMovedOutOfTheAddressAtOnce() throws Exception {
		String location = mvc.perform(get("/households").param("query", bsn).session(session).with(worker.session()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/households?search=").doesNotContain(bsn);
		assertThat(Jsoup
			.parse(mvc.perform(get(location).session(session).with(worker.session()))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.select("#query")
			.val()).isEqualTo(bsn);
		// another session does not know the token: it learns nothing of the number (an
		// empty search, the whole list)
		String other = mvc.perform(get(location).with(worker.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(other).select("#query").val()).isEmpty();
		assertThat(other).doesNotContain(bsn);
	}

	/**
	 * A number that is no BSN, or a name of one letter: the page shows why, with its
	 * status 200, where the refused search's exception once marked the page's one
	 * transaction for rollback (a 500 at its commit).
	 */
	@Test
	void aSearchThatCannotBeDoneShowsWhyOnThePage() throws Exception {
		Pro officer = data.professional(OrganisationType.OTHER, Role.PRIVACY_OFFICER);
		for (String query : java.util.List.of("123456789", "x")) {
			String location = mvc
				.perform(post("/privacy").session(session).with(officer.session()).with(csrf()).param("bsn", query))
				.andExpect(status().is3xxRedirection())
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			var page = Jsoup.parse(mvc.perform(get(location).session(session).with(officer.session()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
			assertThat(page.select("#bsn-error").text()).as(query).isNotBlank();
		}
	}

	@Test
	void thePrivacyOfficerSearchesByBsnWithoutTheNumberInAnyUrl() throws Exception {
		Pro officer = data.professional(OrganisationType.OTHER, Role.PRIVACY_OFFICER);
		String location = mvc
			.perform(post("/privacy").session(session).with(officer.session()).with(csrf()).param("bsn", bsn))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/privacy?search=").doesNotContain(bsn);
		var page = Jsoup.parse(mvc.perform(get(location).session(session).with(officer.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("a[href]").eachAttr("href")).contains("/households/" + household + "/access-log");
		assertThat(urls(page)).noneMatch(url -> url.contains(bsn));
		assertThat(page.select("form[role=search]").attr("method")).isEqualTo("post");
		String fromOldLink = mvc.perform(get("/privacy").param("bsn", bsn).session(session).with(officer.session()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(fromOldLink).startsWith("/privacy?search=").doesNotContain(bsn);
		mvc.perform(post("/privacy").with(worker.session()).with(csrf()).param("bsn", bsn))
			.andExpect(status().isForbidden());
	}

	@Test
	void theApiSearchesWithTheQueryInTheBodyAndStillAnswersTheOldQuery() throws Exception {
		mvc.perform(post("/api/v1/households/search").with(worker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"query\": \"" + bsn + "\", \"page\": 0, \"size\": 5}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", Matchers.contains(household.toString())));
		mvc.perform(get("/api/v1/households").param("query", bsn).with(worker.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", Matchers.contains(household.toString())));
		mvc.perform(post("/api/v1/households/search").with(worker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"query\": \"x\", \"size\": 1000}")).andExpect(status().isBadRequest());
	}

	private static List<String> urls(Document page) {
		var urls = new ArrayList<String>();
		for (String attribute : List.of("href", "src", "action", "hx-get", "hx-post", "hx-push-url", "formaction",
				"data-url")) {
			urls.addAll(page.select("[" + attribute + "]").eachAttr(attribute));
		}
		return urls;
	}

	/** A random number that passes the 11-test, so that tests never share one. */
	static String validBsn() {
		var random = ThreadLocalRandom.current();
		while (true) {
			int[] digits = new int[9];
			int sum = 0;
			digits[0] = 1 + random.nextInt(9);
			for (int i = 0; i < 8; i++) {
				if (i > 0) {
					digits[i] = random.nextInt(10);
				}
				sum += (9 - i) * digits[i];
			}
			int last = sum % 11;
			if (last < 10) {
				digits[8] = last;
				var text = new StringBuilder();
				for (int digit : digits) {
					text.append(digit);
				}
				return text.toString();
			}
		}
	}

}
