package nl.kernteam.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Focus after an action (issue 17): a redirect to {@code …#agreement-<id>} names the
 * changed item; htmx's boosted requests lose the fragment on the way, so it goes along as
 * the flash attribute {@code focusId}, which the layout puts on {@code <main data-focus>}
 * and {@code /js/kernteam.js} focuses. A controller may set {@code focusId} itself.
 */
class FocusAfterRedirect implements HandlerInterceptor {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || view.getViewName() == null || !view.getViewName().startsWith("redirect:")) {
			return;
		}
		String name = view.getViewName();
		int hash = name.indexOf('#');
		if (hash < 0 || hash == name.length() - 1) {
			return;
		}
		var flash = RequestContextUtils.getOutputFlashMap(request);
		flash.putIfAbsent("focusId", name.substring(hash + 1));
	}

}
