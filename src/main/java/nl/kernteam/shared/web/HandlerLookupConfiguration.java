package nl.kernteam.shared.web;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring MVC's handler mapping for {@code @RequestMapping} methods, replaced by one that
 * first compares the first path segment ({@link SegmentIndexedHandlerMapping}), and its
 * adapter by one that refuses a damaged form before its handler
 * ({@link DamagedFormsRefused}); Boot configures both as it would its own.
 */
@Configuration(proxyBeanMethods = false)
class HandlerLookupConfiguration {

	@Bean
	WebMvcRegistrations segmentIndexedHandlerMapping() {
		return new WebMvcRegistrations() {
			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new SegmentIndexedHandlerMapping();
			}

			@Override
			public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
				return new DamagedFormsRefused();
			}
		};
	}

}
