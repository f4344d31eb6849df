package nl.kernteam.household;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.kernteam.audit.AccessAction;
import nl.kernteam.audit.AccessEvent;
import nl.kernteam.audit.AccessLog;
import nl.kernteam.shared.ActorPrincipal;
import nl.kernteam.shared.ForbiddenException;
import nl.kernteam.shared.NotFoundException;
import nl.kernteam.shared.web.HouseholdRefusal;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses a professional outside a household's network on every endpoint under {@code /households/{id}} and
 * {@code /api/v1/households/{id}}, pages and API alike, before the request body is even read: the same 403
 * everywhere, whatever the endpoint, and the refusal logged. The services check again through
 * {@link HouseholdAccess}; this guard makes sure that no endpoint can forget to.
 */
@Configuration(proxyBeanMethods = false)
class HouseholdGuard implements WebMvcConfigurer, HandlerInterceptor {

	private static final Pattern HOUSEHOLD_PATH = Pattern.compile("^(?:/api/v1)?/households/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?:/.*)?$");

	private final HouseholdRepository households;

	private final HouseholdAccessPolicy policy;

	private final AccessLog accessLog;

	HouseholdGuard(HouseholdRepository households, HouseholdAccessPolicy policy, AccessLog accessLog) {
		this.households = households;
		this.policy = policy;
		this.accessLog = accessLog;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/households/*", "/households/*/**", "/api/v1/households/*",
				"/api/v1/households/*/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method) || method.hasMethodAnnotation(OutsideNetwork.class)) {
			return true;
		}
		Matcher matcher = HOUSEHOLD_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!matcher.matches() || authentication == null || !(authentication.getPrincipal() instanceof ActorPrincipal principal)) {
			return true;
		}
		var household = HouseholdId.of(UUID.fromString(matcher.group(1)));
		if (!households.exists(household.value())) {
			throw new NotFoundException("household " + household);
		}
		if (policy.visibility(principal.actor(), household) == Visibility.NONE) {
			AccessAction action = "GET".equals(request.getMethod()) ? AccessAction.READ : AccessAction.UPDATE;
			accessLog.recordRefusal(AccessEvent.denied(principal.actor(), household.value(), action, "household"));
			request.setAttribute(HouseholdRefusal.ATTRIBUTE, household.value());
			throw new ForbiddenException("household.forbidden");
		}
		return true;
	}
}
