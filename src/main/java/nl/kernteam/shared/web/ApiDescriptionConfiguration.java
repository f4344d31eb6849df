package nl.kernteam.shared.web;

import nl.kernteam.shared.Actor;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
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

	/**
	 * The NL API Design Rules' description items (checked by
	 * {@code ApiDesignRulesIntegrationTests}): the version in {@code info} and as the
	 * {@code API-Version} header of every successful answer (/core/version-header), and a
	 * contact (the installation's, {@code kernteam.api.contact-*}).
	 */
	@Bean
	OpenApiCustomizer apiVersionInDescription(@Value("${kernteam.api.contact-name:Beheer Kernteam}") String name,
			@Value("${kernteam.api.contact-email:beheer@kernteam.example}") String email,
			@Value("${kernteam.api.contact-url:https://kernteam.example/api}") String url) {
		return openApi -> {
			openApi.info(new Info().title("Kernteam API")
				.version(ApiVersionFilter.VERSION)
				.description("Households, their network, joint assessments, plans and the regional safety team; "
						+ "every read and write is logged.")
				.contact(new Contact().name(name).email(email).url(url)));
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths()
				.values()
				.forEach(path -> path.readOperations()
					.forEach(operation -> operation.getResponses().forEach((status, response) -> {
						if (status.startsWith("2") || status.startsWith("3")) {
							response.addHeaderObject(ApiVersionFilter.HEADER,
									new Header()
										.description("The version of the API that answered (semantic versioning)")
										.schema(new StringSchema().example(ApiVersionFilter.VERSION)));
						}
					})));
		};
	}

}
