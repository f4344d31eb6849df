package nl.kernteam.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.kernteam.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The segment-indexed handler lookup chooses exactly what Spring's own does: for a sample
 * path of every registered mapping (variables filled in), with every HTTP method, with
 * the first segment in capitals and with a segment more, and for paths no mapping has,
 * the application's mapping and a plain {@link RequestMappingHandlerMapping} holding the
 * same mappings choose the same method, or both none (404), or both fail alike (405, 415,
 * a missing parameter).
 */
@IntegrationTest
class SegmentIndexedHandlerMappingIntegrationTests {

	private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	ApplicationContext context;

	@Test
	void everyPathFindsTheHandlerSpringsOwnLookupFinds() throws Exception {
		assertThat(this.mapping).isInstanceOf(SegmentIndexedHandlerMapping.class);
		RequestMappingHandlerMapping plain = plainCopy();

		Set<String> paths = new LinkedHashSet<>(List.of("/", "/nothing", "/nothing/x1", "/households/",
				"/households/x1/nothing", "/api", "/api/v1", "/api/v1/nothing", "/households;a=b/x1"));
		for (RequestMappingInfo info : this.mapping.getHandlerMethods().keySet()) {
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				String sample = sample(pattern.getPatternString());
				paths.add(sample);
				paths.add(sample + "/x2");
				paths.add(sample + "/");
				paths.add(sample.replace("/", "//"));
				paths.add(sample.contains("/x1") ? sample.replace("/x1", "") : sample + "/x1/x3");
				paths.add(sample.toUpperCase());
			}
		}
		int indexed = 0;
		List<String> checked = new ArrayList<>();
		for (String path : paths) {
			for (String method : METHODS) {
				for (String accept : List.of("text/html", "application/json")) {
					assertThat(lookup(this.mapping, method, path, accept)).as("%s %s (%s)", method, path, accept)
						.isEqualTo(lookup(plain, method, path, accept));
					checked.add(method + " " + path);
				}
			}
		}
		for (RequestMappingInfo info : this.mapping.getHandlerMethods().keySet()) {
			if (SegmentIndexedHandlerMapping.shapes(info) != null) {
				indexed++;
			}
		}
		assertThat(this.mapping.getHandlerMethods()).hasSizeGreaterThan(100);
		assertThat(indexed).as("mappings with a literal first segment").isGreaterThan(100);
		assertThat(checked).hasSizeGreaterThan(1000);
	}

	@Test
	void onlyPlainWordsAndPlainVariablesMakeAShape() {
		assertThat(SegmentIndexedHandlerMapping.shape("/households/{id}/plan")).containsExactly("households",
				SegmentIndexedHandlerMapping.ANY, "plan");
		assertThat(SegmentIndexedHandlerMapping.shape("/login")).containsExactly("login");
		assertThat(SegmentIndexedHandlerMapping.shape("/{id}")).containsExactly(SegmentIndexedHandlerMapping.ANY);
		assertThat(SegmentIndexedHandlerMapping.shape("/")).isNull();
		assertThat(SegmentIndexedHandlerMapping.shape("/households/")).isNull();
		assertThat(SegmentIndexedHandlerMapping.shape("/a//b")).isNull();
		assertThat(SegmentIndexedHandlerMapping.shape("/**")).isNull();
		assertThat(SegmentIndexedHandlerMapping.shape("/a/*")).isNull();
		assertThat(SegmentIndexedHandlerMapping.shape("/*.css")).isNull();
		assertThat(SegmentIndexedHandlerMapping.shape("/a{b}/c")).isNull();
		assertThat(SegmentIndexedHandlerMapping.shape("/a/{*rest}")).isNull();
		assertThat(SegmentIndexedHandlerMapping.shape("/a/{id:[0-9]+}")).isNull();
	}

	@Test
	void aShapeFitsOnlyItsNumberOfSegmentsAndItsWords() {
		String[][] shapes = { SegmentIndexedHandlerMapping.shape("/households/{id}/plan"),
				SegmentIndexedHandlerMapping.shape("/plans/{id}") };
		assertThat(SegmentIndexedHandlerMapping.fits(shapes, new String[] { "households", "x", "plan" })).isTrue();
		assertThat(SegmentIndexedHandlerMapping.fits(shapes, new String[] { "plans", "x" })).isTrue();
		assertThat(SegmentIndexedHandlerMapping.fits(shapes, new String[] { "households", "x" })).isFalse();
		assertThat(SegmentIndexedHandlerMapping.fits(shapes, new String[] { "households", "x", "plans" })).isFalse();
		assertThat(SegmentIndexedHandlerMapping.fits(shapes, new String[] { "households", "x", "plan", "y" }))
			.isFalse();
	}

	/** A plain RequestMappingHandlerMapping with the application's mappings. */
	private RequestMappingHandlerMapping plainCopy() {
		var plain = new RequestMappingHandlerMapping();
		plain.setApplicationContext(this.context);
		plain.setPatternParser(this.mapping.getPatternParser());
		plain.setContentNegotiationManager(this.mapping.getContentNegotiationManager());
		this.mapping.getHandlerMethods()
			.forEach((info, handler) -> plain.registerMapping(info, handler.getBean(), handler.getMethod()));
		return plain;
	}

	/** The chosen method, "none" (404), or the failure's class and message. */
	private static String lookup(RequestMappingHandlerMapping mapping, String method, String path, String accept) {
		var request = new MockHttpServletRequest(method, path);
		request.addHeader("Accept", accept);
		if (!"GET".equals(method) && !"HEAD".equals(method) && !"OPTIONS".equals(method)) {
			request.setContentType("application/x-www-form-urlencoded");
		}
		ServletRequestPathUtils.parseAndCache(request);
		try {
			HandlerExecutionChain chain = mapping.getHandler(request);
			if (chain == null) {
				return "none";
			}
			return (chain.getHandler() instanceof HandlerMethod handler) ? handler.getMethod().toGenericString()
					: chain.getHandler().toString();
		}
		catch (Exception ex) {
			return ex.getClass().getName() + ": " + ex.getMessage();
		}
	}

	/** The pattern with every variable and wildcard filled in. */
	private static String sample(String pattern) {
		return pattern.replaceAll("\\{\\*[^}]*}", "a/b")
			.replaceAll("\\{[^}:]*(:[^}]*)?}", "x1")
			.replace("**", "a/b")
			.replace("*", "x");
	}

}
