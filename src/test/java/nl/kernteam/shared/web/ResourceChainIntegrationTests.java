package nl.kernteam.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.kernteam.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

@IntegrationTest
class ResourceChainIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void versionLessWebjarUrlStillResolves() throws Exception {
		mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
	}

	@Test
	void renderedLinksAreNotPassedThroughTheResourceResolvers() {
		assertThat(context.getBeansOfType(ResourceUrlEncodingFilter.class)).isEmpty();
		assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
			.noneMatch(registration -> registration.isEnabled()
					&& registration.getFilter() instanceof ResourceUrlEncodingFilter);
	}

}
