package nl.kernteam.portal;

import java.util.List;

import nl.kernteam.shared.FamilyMember;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The family's menu, the same on every family page, and who is logged in. One list, so
 * that each family page is reached in one step from every other.
 */
@ControllerAdvice(basePackageClasses = PortalNavigation.class)
public class PortalNavigation {

	/** The family's pages, in the order of the menu. */
	public static final List<Item> ITEMS = List.of(new Item("/family", "portal.nav.home"),
			new Item("/family/plan", "portal.nav.plan"), new Item("/family/access-log", "portal.nav.accessLog"),
			new Item("/family/messages", "portal.nav.messages"), new Item("/family/rights", "portal.nav.rights"));

	@ModelAttribute("familyMember")
	FamilyMember familyMember() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof FamilyMember.Principal principal
				? principal.familyMember() : null;
	}

	public record Item(String path, String labelKey) {
	}

}
