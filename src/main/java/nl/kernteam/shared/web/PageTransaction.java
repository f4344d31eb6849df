package nl.kernteam.shared.web;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every page is one unit of work (issue 19): a page that is read (GET) runs in one
 * transaction, from before the first interceptor that asks the database (the household
 * guard's access decision) to the end of its handler, and commits once before the page is
 * rendered. Whatever the guard, the layout's counts and the page's services read joins
 * it, and their access-log rows are written with its commit ({@code AccessLog.record}),
 * so that nothing is shown whose reading was not logged. A page that fails is rolled back
 * before its problem page is made; a refusal is logged after the request, in a
 * transaction of its own ({@code AccessLog.deferRefusals}). Only pages: an API answer, a
 * download or a change has transactions of its own.
 * {@code EveryPageIsOneUnitOfWorkIntegrationTests} opens every page and counts.
 */
@Configuration(proxyBeanMethods = false)
class PageTransaction implements WebMvcConfigurer, HandlerInterceptor, HandlerExceptionResolver, Ordered {

	private static final String STATUS = PageTransaction.class.getName() + ".status";

	private static final Set<String> READS = Set.of("GET", "HEAD");

	private static final Map<Method, Boolean> PAGES = new ConcurrentHashMap<>();

	private final PlatformTransactionManager transactions;

	PageTransaction(PlatformTransactionManager transactions) {
		this.transactions = transactions;
	}

	/**
	 * Whether the handler answers a page (HTML through a view, or a redirect), not data:
	 * no {@code @ResponseBody}, and a view's name, a {@link View} or a
	 * {@link ModelAndView}.
	 */
	static boolean isPage(HandlerMethod handler) {
		return PAGES.computeIfAbsent(handler.getMethod(), (method) -> {
			Class<?> answer = method.getReturnType();
			boolean data = AnnotatedElementUtils.hasAnnotation(method, ResponseBody.class)
					|| AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class);
			return !data && (answer == String.class || View.class.isAssignableFrom(answer)
					|| ModelAndView.class.isAssignableFrom(answer));
		});
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).order(Ordered.HIGHEST_PRECEDENCE);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		// not the error page's own dispatch (/error), which must not need the database
		if (handler instanceof HandlerMethod method && request.getDispatcherType() == DispatcherType.REQUEST
				&& READS.contains(request.getMethod()) && isPage(method)
				&& !TransactionSynchronizationManager.isActualTransactionActive()) {
			request.setAttribute(STATUS, this.transactions.getTransaction(TransactionDefinition.withDefaults()));
		}
		return true;
	}

	/** The handler is done and the page not yet rendered: commit. */
	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		var status = take(request);
		if (status != null) {
			// a page whose transaction a part of it marked to be rolled back fails here
			// (UnexpectedRollbackException) and shows nothing it read
			this.transactions.commit(status);
		}
	}

	/** A page that failed: rolled back before the problem page is made. */
	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		rollback(request);
		return null;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		rollback(request);
	}

	/** Before every other resolver, which may make a problem page. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	private void rollback(HttpServletRequest request) {
		var status = take(request);
		if (status != null && !status.isCompleted()) {
			this.transactions.rollback(status);
		}
	}

	private static TransactionStatus take(HttpServletRequest request) {
		var status = (TransactionStatus) request.getAttribute(STATUS);
		request.removeAttribute(STATUS);
		return status;
	}

}
