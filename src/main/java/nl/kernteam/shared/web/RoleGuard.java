package nl.kernteam.shared.web;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.kernteam.shared.ActorPrincipal;
import nl.kernteam.shared.ForbiddenException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Enforces {@link RequiresRole} on every mapped endpoint, pages and API alike, before the handler's arguments are read. */
@Configuration(proxyBeanMethods = false)
class RoleGuard implements WebMvcConfigurer, HandlerInterceptor {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		RequiresRole required = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequiresRole.class);
		if (required == null) {
			required = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequiresRole.class);
		}
		if (required == null) {
			return true;
		}
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean allowed = authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal
				&& Arrays.stream(required.value()).anyMatch(principal.actor()::hasRole);
		if (!allowed) {
			throw new ForbiddenException("error.forbidden");
		}
		return true;
	}
}
