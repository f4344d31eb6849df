package nl.kernteam.shared.web;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.kernteam.shared.ActorPrincipal;
import nl.kernteam.shared.ForbiddenException;
import nl.kernteam.shared.RoleAccess;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Enforces {@link RequiresRole} on every mapped endpoint, pages and API alike, before the
 * handler's arguments are read; the role question is answered by the one access decision
 * ({@link RoleAccess}).
 */
@Configuration(proxyBeanMethods = false)
class RoleGuard implements WebMvcConfigurer, HandlerInterceptor {

	private final RoleAccess roles;

	RoleGuard(@Lazy RoleAccess roles) {
		this.roles = roles;
	}

	/**
	 * The role each handler requires, looked up once: Spring MVC hands over a new
	 * {@link HandlerMethod} per request, and searching its annotations on every request
	 * was measurable (issue 19).
	 */
	private final Map<Handler, Optional<RequiresRole>> required = new ConcurrentHashMap<>();

	private static Optional<RequiresRole> required(Handler handler) {
		RequiresRole required = AnnotatedElementUtils.findMergedAnnotation(handler.method(), RequiresRole.class);
		return Optional.ofNullable((required != null) ? required
				: AnnotatedElementUtils.findMergedAnnotation(handler.type(), RequiresRole.class));
	}

	private record Handler(Method method, Class<?> type) {
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		RequiresRole required = this.required
			.computeIfAbsent(new Handler(method.getMethod(), method.getBeanType()), RoleGuard::required)
			.orElse(null);
		if (required == null) {
			return true;
		}
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean allowed = authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal
				&& roles.holds(principal.actor(), required.value());
		if (!allowed) {
			throw new ForbiddenException("error.forbidden");
		}
		return true;
	}

}
