package nl.kernteam.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.Role;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class HouseholdPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	Pro worker;

	@BeforeEach
	void setUp() {
		worker = data.professional(OrganisationType.LOCAL_TEAM);
	}

	MockHttpServletRequestBuilder registration(UUID submissionId, String familyName, String birthDate, String bsn) {
		return post("/households").with(worker.session())
			.with(csrf())
			.param("submissionId", submissionId.toString())
			.param("members[0].givenName", "Karin")
			.param("members[0].familyName", familyName)
			.param("members[0].birthDate", birthDate)
			.param("members[0].role", "PARENT")
			.param("members[0].bsn", bsn);
	}

	@Test
	void registersThroughTheFormOnceEvenWhenSentTwice() throws Exception {
		UUID submission = UUID.randomUUID();
		String family = "Formulier" + TestData.unique();
		mvc.perform(registration(submission, family, "1985-05-05", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/households/" + submission));
		mvc.perform(registration(submission, family, "1985-05-05", ""))
			.andExpect(redirectedUrl("/households/" + submission));
		assertThat(jdbc.sql("select count(*) from household where name = :name")
			.param("name", "Gezin " + family)
			.query(Long.class)
			.single()).isEqualTo(1);
		mvc.perform(get("/households/{id}", submission).with(worker.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gezin " + family)));
	}

	@Test
	void showsValidationMessagesNextToTheFields() throws Exception {
		String html = mvc
			.perform(registration(UUID.randomUUID(), "", LocalDate.now().plusDays(3).toString(), "123456789"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var page = Jsoup.parse(html);
		assertThat(page.select("#members0\\.familyName-error").text()).isEqualTo("Vul de achternaam in.");
		assertThat(page.select("#members0\\.birthDate-error").text()).contains("toekomst");
		assertThat(page.select("#members0\\.bsn-error").text()).contains("elfproef");
		assertThat(page.select("#members0\\.familyName").attr("aria-describedby"))
			.isEqualTo("members0.familyName-error");
		// nothing typed is lost
		assertThat(page.select("#members0\\.givenName").val()).isEqualTo("Karin");
	}

	@Test
	void addsAMemberRowWithoutSaving() throws Exception {
		String html = mvc.perform(registration(UUID.randomUUID(), "Rij", "1985-05-05", "").param("addMember", "1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).select("fieldset.member")).hasSize(2);
	}

	@Test
	void otherOrganisationGetsForbiddenPageWithEmergencyOffer() throws Exception {
		var household = data.household(worker);
		Pro outsider = data.professional(OrganisationType.VEILIG_THUIS);
		mvc.perform(get("/households/{id}", household.value()).with(outsider.session()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Geen toegang")))
			.andExpect(content().string(containsString("/households/" + household.value() + "/emergency-access")))
			.andExpect(content().string(not(containsString("Daan"))));
		mvc.perform(get("/households/{id}/edit", household.value()).with(outsider.session()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/households").with(outsider.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(household.value().toString()))));
	}

	@Test
	void unknownHouseholdIsANotFoundPage() throws Exception {
		mvc.perform(get("/households/{id}", UUID.randomUUID()).with(worker.session()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Niet gevonden")))
			// the menu and the way out, as on every page of a logged-in professional
			.andExpect(content().string(containsString("href=\"/households\"")))
			.andExpect(content().string(containsString("Uitloggen")));
		mvc.perform(get("/households/nonsense").with(worker.session())).andExpect(status().isBadRequest());
		mvc.perform(get("/no-such-page").with(worker.session())).andExpect(status().isNotFound());
	}

	@Test
	void staleEditShowsBothVersionsAndOverwritesNothing() throws Exception {
		var household = data.household(worker);
		String edit = mvc.perform(get("/households/{id}/edit", household.value()).with(worker.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var form = Jsoup.parse(edit);
		String memberId = form.select("input[name=members[0].id]").val();
		MockHttpServletRequestBuilder save = post("/households/{id}", household.value()).with(worker.session())
			.with(csrf())
			.param("version", "0")
			.param("members[0].id", memberId)
			.param("members[0].givenName", "Sanne")
			.param("members[0].familyName", "Eerste")
			.param("members[0].birthDate", "1988-03-14")
			.param("members[0].role", "PARENT");
		mvc.perform(save.param("name", "Gezin Eerste")).andExpect(status().is3xxRedirection());
		String conflict = mvc
			.perform(post("/households/{id}", household.value()).with(worker.session())
				.with(csrf())
				.param("version", "0")
				.param("name", "Gezin Tweede")
				.param("members[0].id", memberId)
				.param("members[0].givenName", "Sanne")
				.param("members[0].familyName", "Tweede")
				.param("members[0].birthDate", "1988-03-14")
				.param("members[0].role", "PARENT"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var page = Jsoup.parse(conflict);
		assertThat(page.select(".alert--error").text()).contains("Gezin Eerste");
		assertThat(page.select("#name").val()).isEqualTo("Gezin Tweede");
		assertThat(page.select("input[name=version]").val()).isEqualTo("1");
		assertThat(jdbc.sql("select name from household where id = :id")
			.param("id", household.value())
			.query(String.class)
			.single()).isEqualTo("Gezin Eerste");
	}

	@Test
	void removesAMemberButKeepsTheRecord() throws Exception {
		var household = data.household(worker);
		var form = Jsoup.parse(mvc.perform(get("/households/{id}/edit", household.value()).with(worker.session()))
			.andReturn()
			.getResponse()
			.getContentAsString());
		var request = post("/households/{id}", household.value()).with(worker.session())
			.with(csrf())
			.param("version", "0")
			.param("name", "Gezin Klein");
		for (int i = 0; i < 3; i++) {
			request.param("members[" + i + "].id", form.select("input[name=members[" + i + "].id]").val())
				.param("members[" + i + "].givenName", form.select("input[name=members[" + i + "].givenName]").val())
				.param("members[" + i + "].familyName", form.select("input[name=members[" + i + "].familyName]").val())
				.param("members[" + i + "].birthDate", form.select("input[name=members[" + i + "].birthDate]").val())
				.param("members[" + i + "].role", i == 0 ? "PARENT" : "CHILD");
		}
		request.param("members[2].removed", "true");
		mvc.perform(request).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from member where household_id = :id and removed_at is null")
			.param("id", household.value())
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from member where household_id = :id")
			.param("id", household.value())
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void privacyOfficerBrowsesALongLogByOlderAndNewerLinks() throws Exception {
		var household = data.household(worker);
		jdbc.sql("""
				insert into access_log (at, actor_name, household_id, action, resource, outcome)
				select now() - i * interval '1 minute', 'Lezer ' || i, :household, 'READ', 'household', 'GRANTED'
				  from generate_series(1, 60) i
				""").param("household", household.value()).update();
		Pro officer = data.professional(OrganisationType.OTHER, Role.PRIVACY_OFFICER);
		var first = Jsoup
			.parse(mvc.perform(get("/households/{id}/access-log", household.value()).with(officer.session()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(first.select("tbody tr")).hasSize(50);
		// 60 + the registration + this read
		assertThat(first.text()).contains("In totaal 62 keer.");
		var older = first.select("nav.pager a").last();
		assertThat(older.text()).isEqualTo("Oudere");
		var second = Jsoup.parse(mvc.perform(get(older.attr("href")).with(officer.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(second.select("tbody tr")).hasSize(12);
		assertThat(second.text()).contains("Lezer 49", "Lezer 60").doesNotContain("Lezer 48");
		assertThat(second.select("nav.pager a").eachText()).containsExactly("Nieuwste", "Nieuwere");
		mvc.perform(get("/households/{id}/access-log", household.value()).param("before", "x").with(officer.session()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void accessLogPageNamesTheRuleThatDecidedEachRowAndADashForRowsFromBeforeTheRule() throws Exception {
		var household = data.household(worker);
		jdbc.sql(
				"""
						insert into access_log (at, actor_name, household_id, action, resource, outcome, basis)
						values (now() - interval '2 minutes', 'Oude lezer', :household, 'READ', 'household', 'GRANTED', null),
						       (now() - interval '1 minute', 'Therapeut', :household, 'READ', 'assessment', 'GRANTED', 'PARTNER_SHARED_ASSESSMENTS')
						""")
			.param("household", household.value())
			.update();
		Pro officer = data.professional(OrganisationType.OTHER, Role.PRIVACY_OFFICER);
		var page = Jsoup
			.parse(mvc.perform(get("/households/{id}/access-log", household.value()).with(officer.session()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(page.select("thead th").eachText()).contains("Op grond van");
		assertThat(basisOf(page, officer.summary().name())).isEqualTo("privacyfunctionaris");
		assertThat(basisOf(page, "Therapeut")).isEqualTo("partner, gedeeld (beoordelingen)");
		assertThat(basisOf(page, "Oude lezer")).isEqualTo("—");
	}

	private static String basisOf(org.jsoup.nodes.Document page, String actorName) {
		return page.select("tbody tr")
			.stream()
			.filter(row -> row.select("td").get(1).text().equals(actorName))
			.findFirst()
			.orElseThrow()
			.select("td.access-basis")
			.text();
	}

	@Test
	void privacyOfficerFindsHouseholdByBsnAndReadsItsLog() throws Exception {
		UUID submission = UUID.randomUUID();
		mvc.perform(registration(submission, "Privacy" + TestData.unique(), "1980-01-01", "123456782"))
			.andExpect(status().is3xxRedirection());
		Pro officer = data.professional(OrganisationType.OTHER, Role.PRIVACY_OFFICER);
		var session = new org.springframework.mock.web.MockHttpSession();
		String location = mvc
			.perform(post("/privacy").param("bsn", "123456782").session(session).with(officer.session()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(location).session(session).with(officer.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/households/" + submission + "/access-log")));
		mvc.perform(get("/households/{id}/access-log", submission).with(officer.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(worker.summary().name())));
		mvc.perform(get("/households/{id}/access-log", submission).with(worker.session()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/privacy").param("bsn", "123456782").with(worker.session())).andExpect(status().isForbidden());
	}

	@Test
	void listIsPagedTwentyAtATime() throws Exception {
		for (int i = 0; i < 21; i++) {
			data.household(worker);
		}
		var first = Jsoup.parse(
				mvc.perform(get("/households").with(worker.session())).andReturn().getResponse().getContentAsString());
		assertThat(first.select("tbody tr")).hasSize(20);
		assertThat(first.select("nav.pager a").attr("href")).isEqualTo("/households?query=&page=1");
		var second = Jsoup.parse(mvc.perform(get("/households").param("page", "1").with(worker.session()))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(second.select("tbody tr")).hasSize(1);
		assertThat(second.select("nav.pager span").text()).isEqualTo("Pagina 2 van 2");
	}

	@Test
	void aProfessionalOutsideALocalTeamFindsAndNamesTheContactPerson() throws Exception {
		Pro veiligThuis = data.professional(OrganisationType.VEILIG_THUIS);
		String search = Jsoup.parse(mvc
			.perform(post("/households").with(veiligThuis.session())
				.with(csrf())
				.param("submissionId", UUID.randomUUID().toString())
				.param("contactPersonSearch", worker.summary().name())
				.param("findContactPerson", "1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).select("#contactPersonId option").eachAttr("value").toString();
		assertThat(search).contains(worker.id().toString());
		String missing = mvc
			.perform(post("/households").with(veiligThuis.session())
				.with(csrf())
				.param("submissionId", UUID.randomUUID().toString())
				.param("members[0].givenName", "Ada")
				.param("members[0].familyName", "Zoek")
				.param("members[0].birthDate", "1990-01-01")
				.param("members[0].role", "PARENT"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(missing).select(".form-error").text()).contains("lokaal team");
		UUID submission = UUID.randomUUID();
		mvc.perform(post("/households").with(veiligThuis.session())
			.with(csrf())
			.param("submissionId", submission.toString())
			.param("contactPersonId", worker.id().toString())
			.param("members[0].givenName", "Ada")
			.param("members[0].familyName", "Zoek")
			.param("members[0].birthDate", "1990-01-01")
			.param("members[0].role", "PARENT")).andExpect(redirectedUrl("/households/" + submission));
		assertThat(jdbc.sql("select professional_id from contact_person where household_id = :h and ended_at is null")
			.param("h", submission)
			.query(UUID.class)
			.single()).isEqualTo(worker.id());
	}

	@Test
	void startPageListsMyHouseholds() throws Exception {
		var household = data.household(worker);
		mvc.perform(get("/").with(worker.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/households/" + household.value())));
	}

	@Test
	void onePageViewIsOneAccessLogRowNamingEverythingItShowed() throws Exception {
		var household = data.household(worker);
		String count = "select count(*) from access_log where household_id = ? and actor_id = ? and action = 'READ'";
		long before = jdbc.sql(count).params(household.value(), worker.id()).query(Long.class).single();
		mvc.perform(get("/households/{id}", household.value()).with(worker.session())).andExpect(status().isOk());
		assertThat(jdbc.sql(count).params(household.value(), worker.id()).query(Long.class).single())
			.isEqualTo(before + 1);
		String resource = jdbc.sql("""
				select resource from access_log where household_id = ? and actor_id = ? and action = 'READ'
				 order by id desc limit 1""").params(household.value(), worker.id()).query(String.class).single();
		assertThat(resource.split(",")).contains("household", "network", "plan");
		// the family's log shows each kind of data by name
		Pro officer = data.professional(OrganisationType.OTHER, Role.PRIVACY_OFFICER);
		mvc.perform(get("/households/{id}/access-log", household.value()).with(officer.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("gezinsgegevens</span>, <span>netwerk")));
	}

}
