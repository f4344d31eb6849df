package nl.kernteam.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Only the household's network reads or writes assessments, and every read and write is
 * in the access log.
 */
@IntegrationTest
class AssessmentAccessIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	Pro worker;

	HouseholdId household;

	String assessment;

	@BeforeEach
	void setUp() throws Exception {
		worker = data.professional(OrganisationType.LOCAL_TEAM);
		household = data.household(worker);
		var result = mvc
			.perform(post(url()).with(worker.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"date\": \"2025-03-12\", \"participants\": [{\"name\": \"Sanne\", \"kind\": \"FAMILY\"}]}"))
			.andExpect(status().isCreated())
			.andReturn();
		assessment = JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	String url() {
		return "/api/v1/households/" + household + "/assessments";
	}

	static final String SAVE = """
			{"version": 1, "date": "2025-03-12", "participants": [{"name": "Sanne", "kind": "FAMILY"}],
			 "worries": [{"text": "Overgenomen"}]}""";

	@Test
	void aProfessionalOutsideTheNetworkCanNeitherReadNorWrite() throws Exception {
		Pro outsider = data.professional(OrganisationType.MENTAL_HEALTH);
		mvc.perform(get(url() + "/" + assessment).with(outsider.basic()))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get(url()).with(outsider.basic())).andExpect(status().isForbidden());
		mvc.perform(get(url() + "/" + assessment + "/versions").with(outsider.basic()))
			.andExpect(status().isForbidden());
		mvc.perform(put(url() + "/" + assessment).with(outsider.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(SAVE)).andExpect(status().isForbidden());
		mvc.perform(post(url()).with(outsider.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\": \"2025-03-12\", \"participants\": []}")).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from assessment where household_id = :h")
			.param("h", household.value())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select version from assessment where id = :id::uuid")
			.param("id", assessment)
			.query(Integer.class)
			.single()).isEqualTo(1);
		// the pages refuse too
		mvc.perform(get("/households/" + household + "/assessments/" + assessment).with(outsider.session()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/households/" + household).with(outsider.session())).andExpect(status().isForbidden());
	}

	@Test
	void aProfessionalWhoseInvolvementEndedNoLongerReads() throws Exception {
		Pro former = data.professional(OrganisationType.VEILIG_THUIS);
		UUID involvement = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into involvement (id, household_id, professional_id, organisation_id, role, reason, started_at, started_by)
						values (:id, :household, :professional, :organisation, 'CORE_TEAM', 'Melding', now(), :professional)
						""")
			.param("id", involvement)
			.param("household", household.value())
			.param("professional", former.id())
			.param("organisation", former.summary().organisationId())
			.update();
		mvc.perform(get(url() + "/" + assessment).with(former.basic())).andExpect(status().isOk());
		jdbc.sql("update involvement set ended_at = now(), ended_by = :p, end_reason = 'Klaar' where id = :id")
			.param("id", involvement)
			.param("p", former.id())
			.update();
		mvc.perform(get(url() + "/" + assessment).with(former.basic())).andExpect(status().isForbidden());
	}

	@Test
	void emergencyAccessReadsButDoesNotWrite() throws Exception {
		Pro police = data.professional(OrganisationType.POLICE);
		jdbc.sql(
				"""
						insert into emergency_access (id, household_id, professional_id, organisation_id, reason, started_at, expires_at)
						values (:id, :household, :professional, :organisation, 'Acute zorg om een kind', now(), now() + interval '1 hour')
						""")
			.param("id", UUID.randomUUID())
			.param("household", household.value())
			.param("professional", police.id())
			.param("organisation", police.summary().organisationId())
			.update();
		mvc.perform(get(url() + "/" + assessment).with(police.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.readOnly").value(true));
		mvc.perform(put(url() + "/" + assessment).with(police.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(SAVE)).andExpect(status().isForbidden());
		mvc.perform(post(url()).with(police.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\": \"2025-03-12\", \"participants\": []}")).andExpect(status().isForbidden());
		assertThat(jdbc
			.sql("""
					select count(*) from access_log where household_id = :h and actor_id = :a and emergency and outcome = 'GRANTED'
					   and resource = :r
					""")
			.param("h", household.value())
			.param("a", police.id())
			.param("r", "assessment:" + assessment)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void everyReadAndWriteIsInTheAccessLog() throws Exception {
		mvc.perform(get(url() + "/" + assessment).with(worker.basic())).andExpect(status().isOk());
		mvc.perform(put(url() + "/" + assessment).with(worker.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(SAVE)).andExpect(status().isOk());
		mvc.perform(get(url()).with(worker.basic())).andExpect(status().isOk());
		mvc.perform(get(url() + "/" + assessment + "/versions").with(worker.basic())).andExpect(status().isOk());
		mvc.perform(get("/households/" + household).with(worker.session())).andExpect(status().isOk());
		mvc.perform(get("/households/" + household + "/assessments/" + assessment).with(worker.session()))
			.andExpect(status().isOk());
		Pro outsider = data.professional(OrganisationType.SCHOOL);
		mvc.perform(get(url() + "/" + assessment).with(outsider.basic())).andExpect(status().isForbidden());

		List<String> granted = jdbc
			.sql("""
					select action || ' ' || r from access_log, unnest(string_to_array(resource, ',')) with ordinality as x (r, n)
					 where household_id = :h and actor_id = :a and outcome = 'GRANTED' and r like 'assessment%'
					 order by id, n
					""")
			.param("h", household.value())
			.param("a", worker.id())
			.query(String.class)
			.list();
		String one = "assessment:" + assessment;
		// create answers the created assessment; the PUT answers the saved one
		assertThat(granted).containsExactly("CREATE " + one, "READ " + one, "READ " + one, "UPDATE " + one,
				"READ " + one, "READ assessments", "READ " + one, "READ assessments", "READ " + one);
		// the household guard refuses the outsider before the assessment is looked at,
		// and logs that
		assertThat(jdbc.sql("""
				select count(*) from access_log where household_id = :h and actor_id = :a and outcome = 'DENIED'
				""").param("h", household.value()).param("a", outsider.id()).query(Long.class).single()).isEqualTo(1);
	}

}
