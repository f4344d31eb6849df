package nl.kernteam.shared.web;

import nl.kernteam.shared.Actor;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;

/**
 * The {@link Actor} a controller receives comes from the login, not from the request: the
 * OpenAPI description must not offer it as a query parameter (it did, as
 * {@code ?actor=…}).
 */
@Configuration(proxyBeanMethods = false)
class ApiDescriptionConfiguration {

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
	}

}
