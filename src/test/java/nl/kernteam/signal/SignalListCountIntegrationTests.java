package nl.kernteam.signal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
 * An organisation's list of active signals counts up to one more than
 * {@link PageOf#COUNT_CAP} and then says "more than", so that its page costs the same for
 * 20 signals and a million (issue 19); paging on past the cap still works.
 */
@IntegrationTest
class SignalListCountIntegrationTests {

	static final int MORE_THAN_CAP = PageOf.COUNT_CAP + 5;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aListLongerThanTheCapSaysMoreThanAndStillPagesToItsEnd() throws Exception {
		Pro ggz = data.professional(OrganisationType.MENTAL_HEALTH);
		UUID first = signal(ggz);
		// the same signal's organisation and professional, each a second older than the
		// last
		jdbc.sql(
				"""
						insert into signal (id, person_fingerprint, identified_by, hint, organisation_id, professional_id, registered_at)
						select gen_random_uuid(), 'capped-' || s.id || '-' || g, 'BSN', s.hint, s.organisation_id, s.professional_id,
						       s.registered_at - g * interval '1 second'
						  from signal s, generate_series(1, :more) g where s.id = :first
						""")
			.param("more", MORE_THAN_CAP)
			.param("first", first)
			.update();

		mvc.perform(get("/api/v1/signals?size=100").with(ggz.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(100)))
			.andExpect(jsonPath("$.items[0].id").value(first.toString()))
			.andExpect(jsonPath("$.total").value(PageOf.COUNT_CAP))
			.andExpect(jsonPath("$.totalCapped").value(true));
		// past the cap the list goes on: 10,006 signals, the last page of 100 holds 6
		mvc.perform(get("/api/v1/signals?size=100&page=100").with(ggz.basic()))
			.andExpect(jsonPath("$.items", hasSize(6)))
			.andExpect(jsonPath("$.totalCapped").value(true));

		mvc.perform(get("/signals/organisation").with(ggz.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pagina 1 van meer dan 500")))
			.andExpect(content().string(containsString("?page=1")));
		mvc.perform(get("/signals/organisation?page=500").with(ggz.session()))
			.andExpect(content().string(containsString("Pagina 501<")))
			.andExpect(content().string(containsString("?page=499")))
			.andExpect(content().string(not(containsString("?page=501"))));
	}

	@Test
	void aShortListIsCountedExactlyAndSaysNothingOfACap() throws Exception {
		Pro ggz = data.professional(OrganisationType.MENTAL_HEALTH);
		signal(ggz);
		signal(ggz);
		mvc.perform(get("/api/v1/signals").with(ggz.basic()))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.totalCapped").doesNotExist());
	}

	UUID signal(Pro pro) throws Exception {
		var result = mvc
			.perform(post("/api/v1/signals").with(pro.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"bsn\": \"" + TestFamilies.bsn() + "\"}"))
			.andExpect(status().isCreated())
			.andReturn();
		return UUID.fromString(JsonPath.read(result.getResponse().getContentAsString(), "$.id"));
	}

}
