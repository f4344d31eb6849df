package nl.kernteam.shared.web;

import nl.kernteam.shared.Actor;
import io.swagger.v3.oas.models.info.Info;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The {@link Actor} a controller receives comes from the login, not from the request: the
 * OpenAPI description must not offer it as a query parameter (it did, as
 * {@code ?actor=…}). The description and every answer name the same version of the API.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescriptionConfiguration {

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
	}

	@Bean
	FilterRegistrationBean<ApiVersionFilter> apiVersionFilter() {
		var registration = new FilterRegistrationBean<>(new ApiVersionFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	OpenApiCustomizer apiVersionInDescription() {
		return openApi -> openApi.info(new Info().title("Kernteam API").version(ApiVersionFilter.VERSION));
	}

}
