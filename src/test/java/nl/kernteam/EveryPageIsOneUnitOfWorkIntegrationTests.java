package nl.kernteam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.kernteam.support.EveryPage;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every page is one unit of work (issue 19): each page Kernteam serves, opened by someone
 * who may see it with the data that fills it ({@link EveryPage}), is at most one
 * transaction with one commit and nothing outside it, and writes at most one access-log
 * row per household and action. Every page the handler mappings know is opened, or named
 * below with the reason it is not; a new page that nobody opens here fails.
 * {@code PageUnitOfWorkIntegrationTests} holds the busiest pages to a number of
 * statements as well.
 */
@IntegrationTest
class EveryPageIsOneUnitOfWorkIntegrationTests {

	/** Pages not opened here, with the reason. */
	private static final Map<String, String> NOT_OPENED = Map.of( //
			"/family/activate", "opened before one has an account: it reads nothing", //
			"/login", "before logging in: it reads nothing");

	@Autowired
	MockMvc mvc;

	@Autowired
	EveryPage everyPage;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@org.junit.jupiter.api.AfterEach
	void endWebhooks() {
		everyPage.endWebhooks();
	}

	@Test
	void everyPageIsOneTransactionWithOneCommitAndAtMostOneLogRow() throws Exception {
		var pages = everyPage.create();
		var opened = new TreeSet<String>();
		var failures = new TreeMap<String, String>();
		var visits = new ArrayList<EveryPage.Visit>(pages.visits());
		visits.addAll(pages.more());
		for (var visit : visits) {
			for (String path : visit.paths()) {
				open(path, visit.who().session(), opened, failures);
			}
		}
		for (String path : pages.family()) {
			open(path, pages.member().session(), opened, failures);
		}
		assertThat(failures).as("pages that are not one unit of work").isEmpty();
		var unopened = new TreeSet<>(pagePatterns());
		unopened.removeAll(opened);
		unopened.removeAll(NOT_OPENED.keySet());
		assertThat(unopened).as("pages nobody opens here: add them to EveryPage, or to NOT_OPENED with the reason")
			.isEmpty();
	}

	private void open(String path, RequestPostProcessor who, TreeSet<String> opened, Map<String, String> failures)
			throws Exception {
		long before = jdbc.sql("select coalesce(max(id), 0) from access_log").query(Long.class).single();
		var pattern = new String[1];
		var status = new int[1];
		var counts = StatementCounter.count(() -> {
			var result = mvc.perform(get(path).with(who)).andReturn();
			status[0] = result.getResponse().getStatus();
			pattern[0] = String
				.valueOf(result.getRequest().getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
		});
		// one row per household and what was done: a page that shows several households
		// (the start page's lists, the family system's linked households) logs each in a
		// row of its own, and a print is logged as one (PRINT) besides what was read
		long rows = jdbc.sql("""
				select coalesce(max(n), 0) from (select count(*) as n from access_log where id > :before
				 group by household_id, action) per_household""").param("before", before).query(Long.class).single();
		opened.add(pattern[0]);
		var wrong = new ArrayList<String>();
		// a redirect (/admin), and the page that tells a refused login why
		if (status[0] != 200 && status[0] != 302 && !(status[0] == 403 && path.startsWith("/login/refused"))) {
			wrong.add("status " + status[0]);
		}
		if (counts.transactions() > 1 || counts.commits() > 1 || counts.autocommitStatements() > 0) {
			wrong.add(counts.toString());
		}
		if (rows > 1) {
			wrong.add(rows + " access-log rows for one household and action");
		}
		if (!wrong.isEmpty()) {
			wrong.add("logged: " + jdbc.sql("""
					select string_agg(action || ' ' || resource || ' ' || outcome || ' ' || coalesce(basis, ''), ' | ')
					  from access_log where id > :before""").param("before", before).query(String.class).single());
			failures.put(path, String.join("; ", wrong));
		}
	}

	/**
	 * The pattern of every page: a GET that answers HTML (a view) outside the API; not a
	 * download ({@code ResponseEntity}) or data.
	 */
	private List<String> pagePatterns() {
		var patterns = new ArrayList<String>();
		for (var mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
			mapping.getHandlerMethods().forEach((info, method) -> {
				var methods = info.getMethodsCondition().getMethods();
				Class<?> answer = method.getMethod().getReturnType();
				boolean answersData = method.hasMethodAnnotation(ResponseBody.class)
						|| AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
						|| !(answer == String.class || View.class.isAssignableFrom(answer)
								|| ModelAndView.class.isAssignableFrom(answer));
				if (!methods.contains(RequestMethod.GET) || answersData) {
					return;
				}
				info.getPatternValues()
					.stream()
					.filter(p -> !p.startsWith("/api/") && !p.startsWith("/actuator") && !p.equals("/error"))
					.forEach(patterns::add);
			});
		}
		return patterns;
	}

}
