package nl.kernteam.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.PageOf;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A page past the end keeps the real total; naming another household's member is a 400
 * about that member.
 */
@IntegrationTest
class PagingAndMembersIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPagePastTheEndReportsTheRealTotal() throws Exception {
		Pro worker = data.professional(OrganisationType.LOCAL_TEAM);
		var household = data.household(worker);
		data.household(worker);
		data.household(worker);
		for (String page : List.of("1", "3", "99999", "100000", "2147483647")) {
			mvc.perform(get("/api/v1/households").param("page", page).param("size", "100").with(worker.basic()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.items").isEmpty())
				.andExpect(jsonPath("$.total").value(3));
		}
		long timeline = ((Number) JsonPath
			.read(mvc.perform(get("/api/v1/households/{id}/timeline", household.value()).with(worker.basic()))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.total"))
			.longValue();
		assertThat(timeline).isPositive();
		mvc.perform(get("/api/v1/households/{id}/timeline", household.value()).param("page", "100000")
			.param("size", "100")
			.with(worker.basic()))
			.andExpect(jsonPath("$.items").isEmpty())
			.andExpect(jsonPath("$.total").value(timeline));
		Pro expert = data.professional(OrganisationType.MENTAL_HEALTH);
		data.involve(worker, household, expert, "EXPERT");
		var notifications = (PageOf<?>) mvc
			.perform(get("/notifications").param("page", "100000").with(expert.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("notifications");
		assertThat(notifications.items()).isEmpty();
		assertThat(notifications.total()).isEqualTo(1);
	}

	@Test
	void countedPagesAskAgainOnlyWhenAPageCameBackEmpty() {
		var asked = new java.util.ArrayList<PageOf.Request>();
		var page = PageOf.counted(new PageOf.Request(7, 10), request -> {
			asked.add(request);
			return request.page() == 0 ? List.of(new PageOf.Counted<>("first", 42L)) : List.of();
		});
		assertThat(page.total()).isEqualTo(42);
		assertThat(page.items()).isEmpty();
		assertThat(asked).hasSize(2);
		assertThat(PageOf.<String>counted(new PageOf.Request(3, 10), request -> List.of()).total()).isZero();
	}

	@Test
	void anUpdateNamingAnotherHouseholdsMemberIsABadRequestAboutThatMember() throws Exception {
		Pro worker = data.professional(OrganisationType.LOCAL_TEAM);
		var mine = data.household(worker);
		var other = data.household(worker);
		UUID foreign = memberIds(other).get(0);
		UUID own = memberIds(mine).get(0);
		String update = """
				{"name": "Gezin Anders", "version": 0, "members": [
				  {"id": "%s", "givenName": "Sanne", "familyName": "Visser", "birthDate": "1988-03-14", "role": "PARENT"},
				  {"id": "%s", "givenName": "Kaat", "familyName": "Vreemd", "birthDate": "2015-03-14", "role": "CHILD"}]}
				"""
			.formatted(own, foreign);
		mvc.perform(put("/api/v1/households/{id}", mine.value()).with(worker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(update))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("members[1].id"));
		mvc.perform(put("/api/v1/households/{id}", mine.value()).with(worker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(update.replace(foreign.toString(), UUID.randomUUID().toString())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("members[1].id"));
		assertThat(jdbc.sql("select name from household where id = :id")
			.param("id", other.value())
			.query(String.class)
			.single()).doesNotContain("Anders");
		assertThat(jdbc.sql("select version from household where id = :id")
			.param("id", mine.value())
			.query(Integer.class)
			.single()).as("nothing saved").isZero();

		mvc.perform(post("/households/{id}", mine.value()).with(worker.session())
			.with(csrf())
			.param("name", "Gezin Anders")
			.param("version", "0")
			.param("members[0].id", own.toString())
			.param("members[0].givenName", "Sanne")
			.param("members[0].familyName", "Visser")
			.param("members[0].birthDate", "1988-03-14")
			.param("members[0].role", "PARENT")
			.param("members[1].id", foreign.toString())
			.param("members[1].givenName", "Kaat")
			.param("members[1].familyName", "Vreemd")
			.param("members[1].birthDate", "2015-03-14")
			.param("members[1].role", "CHILD"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "members[1].id"));
	}

	private List<UUID> memberIds(HouseholdId household) {
		return jdbc.sql("select id from member where household_id = :h order by position")
			.param("h", household.value())
			.query(UUID.class)
			.list();
	}

}
