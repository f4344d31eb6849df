package nl.kernteam.household;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.kernteam.audit.AccessAction;
import nl.kernteam.audit.AccessEvent;
import nl.kernteam.audit.AccessLog;
import nl.kernteam.shared.ActorPrincipal;
import nl.kernteam.shared.NotFoundException;
import nl.kernteam.shared.web.OneUnitOfWork;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses a professional outside a household's network on every endpoint under
 * {@code /households/{id}} and {@code /api/v1/households/{id}}, pages and API alike,
 * before the request body is even read: the same 403 everywhere, whatever the endpoint,
 * and the refusal logged. The services check again through {@link HouseholdAccess}; this
 * guard makes sure that no endpoint can forget to. Both ask {@link AccessDecision}: under
 * emergency access, which only reads, every request other than GET is refused here as
 * well. A page (GET) is in its one transaction here ({@code PageTransaction}): the guard
 * makes the page's one decision ({@link HouseholdAccess#decide}), which its sections then
 * receive.
 */
@Configuration(proxyBeanMethods = false)
class HouseholdGuard implements WebMvcConfigurer, HandlerInterceptor {

	/**
	 * The name of the path variable that holds the household in a mapped pattern such as
	 * {@code /households/{id}/plan}.
	 */
	private static final Pattern HOUSEHOLD_VARIABLE = Pattern
		.compile("^(?:/api/v1)?/households/\\{([^}/:]+)(?::[^}]*)?}");

	/**
	 * The request attribute that tells a page of one household that its reader may only
	 * read it (emergency access).
	 */
	static final String READS_ONLY = "readsOnly";

	/** Per mapped pattern, the name of its household variable, or "" for none. */
	private static final Map<String, String> VARIABLES = new java.util.concurrent.ConcurrentHashMap<>();

	/** The methods that change nothing, the only ones open under emergency access. */
	private static final java.util.Set<String> READS = java.util.Set.of("GET", "HEAD");

	private final HouseholdRepository households;

	private final AccessDecision decision;

	private final AccessLog accessLog;

	private final HouseholdAccess access;

	HouseholdGuard(HouseholdRepository households, AccessDecision decision, AccessLog accessLog,
			HouseholdAccess access) {
		this.access = access;
		this.households = households;
		this.decision = decision;
		this.accessLog = accessLog;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this)
			.addPathPatterns("/households/*", "/households/*/**", "/api/v1/households/*", "/api/v1/households/*/**");
	}

	/**
	 * The household id as Spring MVC decoded and matched it (not the raw URI, which may
	 * be percent-encoded), or {@code null} when the endpoint is not under a household or
	 * the id is no UUID (the controller answers 400).
	 */
	@SuppressWarnings("unchecked")
	private static UUID householdId(HttpServletRequest request) {
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (pattern == null || !(variables instanceof Map<?, ?> values)) {
			return null;
		}
		String variable = VARIABLES.computeIfAbsent(pattern.toString(), (mapped) -> {
			Matcher matcher = HOUSEHOLD_VARIABLE.matcher(mapped);
			return matcher.find() ? matcher.group(1) : "";
		});
		if (variable.isEmpty()) {
			return null;
		}
		try {
			return UUID.fromString(String.valueOf(((Map<String, String>) values).get(variable)));
		}
		catch (IllegalArgumentException notAUuid) {
			return null;
		}
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method) || method.hasMethodAnnotation(OutsideNetwork.class)) {
			return true;
		}
		boolean read = READS.contains(request.getMethod());
		if (read && method.hasMethodAnnotation(OneUnitOfWork.class)
				&& !TransactionSynchronizationManager.isActualTransactionActive()) {
			// a read that decides once in its own transaction (the API's read of a
			// household): the same 404, refusal and log row as below
			return true;
		}
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		UUID id = householdId(request);
		if (id == null || authentication == null
				|| !(authentication.getPrincipal() instanceof ActorPrincipal principal)) {
			return true;
		}
		var household = HouseholdId.of(id);
		ChangeForm form = method.getMethodAnnotation(ChangeForm.class);
		if (read && TransactionSynchronizationManager.isActualTransactionActive()) {
			// a page, in its one transaction (PageTransaction): the page's one decision,
			// held for its sections; the same 404, refusal and log row as below
			var decided = access.decide(principal.actor(), household);
			// for the pages in Thymeleaf: leave out the forms the decision would refuse
			// (emergency access only reads; th:unless="${readsOnly == true}")
			request.setAttribute(READS_ONLY, !decided.mayAdd(HouseholdItem.HOUSEHOLD));
			if (form == null) {
				return true;
			}
		}
		else if (!households.exists(household.value())) {
			throw new NotFoundException("household " + household);
		}
		// the household as a whole: whoever may not see it is refused here, whatever the
		// endpoint, and a form to change it is granted as the change is (ChangeForm);
		// which parts of it the actor sees the services ask the same decision for
		AccessAction action = read && form == null ? AccessAction.READ : AccessAction.UPDATE;
		var item = form == null ? HouseholdItem.HOUSEHOLD : form.value();
		var answer = decision.decide(principal.actor(), household, item, action);
		if (!answer.granted()) {
			accessLog.recordRefusal(AccessEvent.denied(principal.actor(), household.value(), action, "household")
				.because(answer.rule()));
			throw decision.refusal(principal.actor(), household, answer);
		}
		return true;
	}

}
