package nl.kernteam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.kernteam.household.ChangeForm;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.EveryPage;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * A page that is only a form to change a household ({@link ChangeForm}) is granted as the
 * change is: under emergency access, which only reads, it is refused (403, the refusal
 * logged as an update) instead of being filled in to be refused when sent; the
 * household's own professionals open it
 * ({@code EveryPageIsOneUnitOfWorkIntegrationTests}). Every such page is tried.
 */
@IntegrationTest
class ChangeFormsUnderEmergencyAccessIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EveryPage everyPage;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@org.junit.jupiter.api.AfterEach
	void endWebhooks() {
		everyPage.endWebhooks();
	}

	@Test
	void underEmergencyAccessEveryFormToChangeIsRefusedAndLogged() throws Exception {
		var pages = everyPage.create();
		var worker = pages.visits().get(0);
		String base = worker.paths().get(0);
		var emergency = data.professional(OrganisationType.VEILIG_THUIS);
		var access = mvc
			.perform(post("/api/v1" + base + "/emergency-access").with(emergency.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"Melding in de nacht\"}"))
			.andReturn()
			.getResponse();
		assertThat(access.getStatus()).as(access.getContentAsString()).isEqualTo(201);
		var paths = new ArrayList<String>(worker.paths());
		pages.more().stream().filter(v -> v.who().equals(worker.who())).forEach(v -> paths.addAll(v.paths()));
		var tried = new TreeSet<String>();
		var wrong = new TreeMap<String, String>();
		for (String path : paths) {
			var result = mvc.perform(get(path).with(worker.who().session())).andReturn();
			if (!(result.getRequest()
				.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler)
					|| !handler.hasMethodAnnotation(ChangeForm.class)) {
				continue;
			}
			assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
			tried.add(String.valueOf(result.getRequest().getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)));
			long before = jdbc.sql("select coalesce(max(id), 0) from access_log").query(Long.class).single();
			int status = mvc.perform(get(path).with(emergency.session())).andReturn().getResponse().getStatus();
			var logged = jdbc.sql("""
					select action || ' ' || outcome || ' ' || basis from access_log
					 where id > :before and actor_id = :actor""")
				.param("before", before)
				.param("actor", emergency.id())
				.query(String.class)
				.list();
			if (status != 403 || !logged.equals(java.util.List.of("UPDATE DENIED EMERGENCY_READS_ONLY"))) {
				wrong.put(path.replace(base, "{household}"), status + " " + logged);
			}
		}
		assertThat(wrong).as("forms to change opened under emergency access").isEmpty();
		var forms = new TreeSet<String>();
		for (var mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
			mapping.getHandlerMethods().forEach((info, method) -> {
				if (method.hasMethodAnnotation(ChangeForm.class)) {
					forms.addAll(info.getPatternValues());
				}
			});
		}
		assertThat(tried).as("every form to change is tried").containsAll(forms).isNotEmpty();
		// pages that show the household leave out the forms that would be refused: the
		// household page its answer to the family and the case review, the timeline its
		// note form, the plan, family system, life domains and court orders all of theirs
		for (String path : java.util.List.of(base, base + "/timeline", base + "/plan", base + "/family-system",
				base + "/life-domains", base + "/court-orders", base + "/withholdings", base + "/reflections")) {
			var mine = org.jsoup.Jsoup.parse(
					mvc.perform(get(path).with(worker.who().session())).andReturn().getResponse().getContentAsString());
			assertThat(mine.select("main form[method=post]")).as(path).isNotEmpty();
			var read = mvc.perform(get(path).with(emergency.session())).andReturn().getResponse();
			assertThat(read.getStatus()).as(path).isEqualTo(200);
			assertThat(org.jsoup.Jsoup.parse(read.getContentAsString()).select("main form[method=post]")).as(path)
				.isEmpty();
		}
		// the meldcode shows its weighing, but not to be changed
		var meldcode = org.jsoup.Jsoup.parse(mvc.perform(get(base + "/meldcode").with(emergency.session()))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(meldcode.select("main button[type=submit]")).isEmpty();
		assertThat(meldcode.select("main select").eachAttr("disabled")).isNotEmpty().doesNotContain("");
	}

}
