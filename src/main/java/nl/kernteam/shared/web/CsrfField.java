package nl.kernteam.shared.web;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The hidden field that carries the CSRF token in a form made by a jte template
 * ({@link Fragments}): Thymeleaf adds it to every {@code th:action} form by itself, a jte
 * template writes it as
 * {@code <input type="hidden" name="${csrf.name()}" value="${csrf.value()}"/>}.
 *
 * @param name the parameter's name ({@code _csrf})
 * @param value this request's (masked) token
 */
public record CsrfField(String name, String value) {

	/**
	 * The current request's field; {@code null} outside a request or where CSRF
	 * protection is off, and then the template writes no field.
	 */
	public static CsrfField current() {
		var attributes = RequestContextHolder.getRequestAttributes();
		if (attributes == null) {
			return null;
		}
		var token = (CsrfToken) attributes.getAttribute(CsrfToken.class.getName(), RequestAttributes.SCOPE_REQUEST);
		return (token != null) ? new CsrfField(token.getParameterName(), token.getToken()) : null;
	}

}
