package nl.kernteam.household;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.Role;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The record of destroyed files grows by every file whose retention ends and is kept
 * (issue 19): the privacy officer's list counts it up to one more than
 * {@link PageOf#COUNT_CAP} and then says "more than".
 */
@IntegrationTest
class DestructionListCountIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeThem() {
		jdbc.sql("delete from household_destruction where rows ->> 'countProbe' = '1'").update();
	}

	@Test
	void aRecordLongerThanTheCapSaysMoreThan() throws Exception {
		jdbc.sql(
				"""
						insert into household_destruction (household_id, destroyed_at, grounds, retention_until, closed_at, rows)
						select gen_random_uuid(), now() - g * interval '1 minute', 'RETENTION_ENDED', current_date - 1,
						       now() - interval '20 years', '{"countProbe": 1}'
						  from generate_series(1, :more) g
						""")
			.param("more", PageOf.COUNT_CAP + 5)
			.update();
		var officer = data.professional(OrganisationType.MUNICIPALITY, Role.PRIVACY_OFFICER);
		mvc.perform(get("/api/v1/destructions?size=50").with(officer.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(50)))
			.andExpect(jsonPath("$.total").value(PageOf.COUNT_CAP))
			.andExpect(jsonPath("$.totalCapped").value(true));
	}

}
