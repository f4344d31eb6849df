package nl.kernteam.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import nl.kernteam.shared.InstallationSettings;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Damaged URLs are a 400 in Kernteam's words at every layer: in Tomcat, in front of
 * Spring's filters, and in Spring Security's firewall.
 */
@Configuration(proxyBeanMethods = false)
class InputGuardConfiguration {

	@Bean
	FilterRegistrationBean<MalformedUrlFilter> malformedUrlFilter(MessageSource messages) {
		var registration = new FilterRegistrationBean<>(new MalformedUrlFilter(messages));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RequestSizeFilter> requestSizeFilter(MessageSource messages, InstallationSettings settings) {
		var registration = new FilterRegistrationBean<>(
				new RequestSizeFilter(settings.maxRequestBody().toBytes(), messages));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	/**
	 * Jackson refuses what the properties cannot say: {@code null} inside a list
	 * ({@code "members": [null]}) is a 400 at the door instead of a NullPointerException
	 * further on. Numbers for enums and dates, strings beyond 20,000 characters: see
	 * {@code spring.jackson.*} in application.properties.
	 */
	@Bean
	JsonMapperBuilderCustomizer refuseNullsInLists() {
		return builder -> builder.changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.FAIL));
	}

	/**
	 * Spring Security's firewall refuses URLs that are well encoded but suspicious
	 * ({@code ;}, {@code %25}, {@code //}, {@code ..}); its refusal gets the same answer.
	 * Spring Security picks up this bean by its type.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler(MessageSource messages) {
		return (request, response, e) -> {
			String uri = request.getRequestURI();
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			response.setContentType(MalformedRequests.contentType(uri));
			MalformedRequests.write(response.getWriter(), uri, HttpServletResponse.SC_BAD_REQUEST, messages,
					WebConfiguration.DUTCH);
		};
	}

	/**
	 * Runs after Boot's customizer (which adds a plain {@link ErrorReportValve} to the
	 * host) and replaces that valve.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> quietErrorReports(MessageSource messages) {
		return factory -> factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				var valve = new QuietErrorReportValve();
				valve.setMessages(messages);
				host.getPipeline().addValve(valve);
				host.setErrorReportValveClass(QuietErrorReportValve.class.getName());
			}
		});
	}

}
