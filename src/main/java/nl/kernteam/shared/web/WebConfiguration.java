package nl.kernteam.shared.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import nl.kernteam.shared.AmsterdamTime;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Dutch by default ({@code ?lang=en} switches), message bundles per module under
 * {@code i18n/}, and the {@code Actor} parameter for controllers.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale DUTCH = Locale.forLanguageTag("nl");

	/**
	 * Every {@code i18n/<module>.properties} bundle on the class path, so that modules
	 * add texts without touching a shared list.
	 */
	@Bean
	MessageSource messageSource() throws IOException {
		var source = new ReloadableResourceBundleMessageSource();
		Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
		List<String> basenames = Arrays.stream(bundles)
			.map(Resource::getFilename)
			.filter(name -> name != null && !name.contains("_"))
			.map(name -> "classpath:i18n/" + name.substring(0, name.length() - ".properties".length()))
			.distinct()
			.sorted()
			.toList();
		source.setBasenames(basenames.toArray(String[]::new));
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setDefaultLocale(DUTCH);
		return source;
	}

	/**
	 * Keeps Boot from adding its {@code ResourceUrlEncodingFilter}, which it does because
	 * webjars-locator-lite switches the resource chain on. That filter passes every link
	 * a page renders ({@code @{/households/…}}) through the resource resolvers, which
	 * look each one up in four class-path locations and cache only hits: it was most of
	 * the CPU time of a list page (see docs/BENCHMARKS.md). Kernteam does not use
	 * versioned resource URLs; the version-less webjar URLs are resolved when requested,
	 * without this filter.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	/**
	 * Bean Validation with Kernteam's messages, and with Kernteam's "today":
	 * {@code @PastOrPresent} and the like ask the application's clock in Amsterdam, the
	 * day the forms offer as default, not the server's zone (in a UTC container the
	 * evening's notes would otherwise be "in the future").
	 */
	@Bean
	LocalValidatorFactoryBean validator(MessageSource messageSource, Clock clock) {
		var validator = new LocalValidatorFactoryBean();
		validator.setValidationMessageSource(messageSource);
		validator.setConfigurationInitializer(
				configuration -> configuration.clockProvider(() -> clock.withZone(AmsterdamTime.ZONE)));
		return validator;
	}

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("kernteam-lang");
		resolver.setDefaultLocale(DUTCH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		registry.addInterceptor(new FocusAfterRedirect());
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new ActorArgumentResolver());
		resolvers.add(new FamilyMemberArgumentResolver());
	}

}
