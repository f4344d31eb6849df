package nl.kernteam.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Drafts (issue 17) are family data: kept and read only by who may change the item, each
 * time in the access log; another professional's draft is never seen; the text is
 * encrypted at rest.
 */
@IntegrationTest
class DraftIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	Pro worker;

	HouseholdId household;

	String item;

	@BeforeEach
	void setUp() {
		worker = data.professional(OrganisationType.LOCAL_TEAM);
		household = data.household(worker);
		item = "assessment:" + UUID.randomUUID() + ":FACTS";
	}

	String url() {
		return "/households/" + household + "/drafts";
	}

	@Test
	void theWriterGetsTheDraftBackEncryptedAtRestAndLogged() throws Exception {
		String content = "[[\"facts[0].text\",\"Politie kwam op 2 maart\"]]";
		mvc.perform(post(url()).with(worker.session()).with(csrf()).param("item", item).param("content", content))
			.andExpect(status().isNoContent());
		mvc.perform(get(url()).with(worker.session()).param("item", item))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content").value(content))
			.andExpect(jsonPath("$.savedAtText").exists());
		assertThat(jdbc.sql("select content from draft where household_id = :h")
			.param("h", household.value())
			.query(String.class)
			.single()).doesNotContain("Politie");
		assertThat(log(worker, "GRANTED")).isGreaterThanOrEqualTo(2);

		// a colleague in the network has no draft of their own, and never sees the
		// writer's
		Pro colleague = data.professional(OrganisationType.VEILIG_THUIS);
		data.involve(worker, household, colleague, "CORE_TEAM");
		mvc.perform(get(url()).with(colleague.session()).param("item", item)).andExpect(status().isNoContent());

		mvc.perform(post(url() + "/discard").with(worker.session()).with(csrf()).param("item", item))
			.andExpect(status().isNoContent());
		mvc.perform(get(url()).with(worker.session()).param("item", item)).andExpect(status().isNoContent());
	}

	@Test
	void anOutsiderCanNeitherKeepNorReadADraftAndTheRefusalIsLogged() throws Exception {
		mvc.perform(post(url()).with(worker.session()).with(csrf()).param("item", item).param("content", "[]"))
			.andExpect(status().isNoContent());
		Pro outsider = data.professional(OrganisationType.MENTAL_HEALTH);
		mvc.perform(get(url()).with(outsider.session()).param("item", item)).andExpect(status().isForbidden());
		mvc.perform(post(url()).with(outsider.session()).with(csrf()).param("item", item).param("content", "[]"))
			.andExpect(status().isForbidden());
		mvc.perform(post(url() + "/discard").with(outsider.session()).with(csrf()).param("item", item))
			.andExpect(status().isForbidden());
		// refused at the door (the household guard), each time in the log
		assertThat(jdbc.sql("""
				select count(*) from access_log where household_id = :h and actor_id = :p and outcome = 'DENIED'
				""").param("h", household.value()).param("p", outsider.id()).query(Long.class).single())
			.isGreaterThanOrEqualTo(3);
		assertThat(jdbc.sql("select count(*) from draft where professional_id = :p")
			.param("p", outsider.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void withoutTheCsrfTokenOrWithAnUnknownItemNothingIsKept() throws Exception {
		mvc.perform(post(url()).with(worker.session()).param("item", item).param("content", "[]"))
			.andExpect(status().isForbidden());
		mvc.perform(post(url()).with(worker.session())
			.with(csrf())
			.param("item", "household:" + household)
			.param("content", "[]")).andExpect(status().isBadRequest());
		mvc.perform(post(url()).with(worker.session())
			.with(csrf())
			.param("item", item)
			.param("content", "x".repeat(Drafts.LONGEST + 1))).andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select count(*) from draft where household_id = :h")
			.param("h", household.value())
			.query(Long.class)
			.single()).isZero();
	}

	long log(Pro who, String outcome) {
		return jdbc.sql("""
				select count(*) from access_log
				 where household_id = :h and actor_id = :p and outcome = :o and resource = :r
				""")
			.param("h", household.value())
			.param("p", who.id())
			.param("o", outcome)
			.param("r", "draft:" + item)
			.query(Long.class)
			.single();
	}

}
