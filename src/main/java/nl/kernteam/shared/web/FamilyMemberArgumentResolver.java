package nl.kernteam.shared.web;

import nl.kernteam.shared.FamilyMember;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets a controller method of the family's pages take the logged-in {@link FamilyMember}
 * as a parameter; anyone else (a professional) is not logged in as far as those pages are
 * concerned.
 */
class FamilyMemberArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == FamilyMember.class;
	}

	@Override
	public FamilyMember resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof FamilyMember.Principal principal) {
			return principal.familyMember();
		}
		throw new AuthenticationCredentialsNotFoundException("Not logged in as a family member");
	}

}
