package nl.kernteam.portal;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import nl.kernteam.shared.FamilyMember;
import nl.kernteam.shared.web.LayoutAttributes;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The family's menu, the same on every family page, and who is logged in. One list, so
 * that each family page is reached in one step from every other. A problem page (a family
 * page not found, refused, changed meanwhile) asks for it too ({@link LayoutAttributes}),
 * and so does the error page of an address that does not exist (Spring Boot's error
 * controller): both then show the family's layout and menu instead of a professional's.
 */
@Component
public class PortalNavigation implements LayoutAttributes {

	/** The family's pages, in the order of the menu. */
	public static final List<Item> ITEMS = List.of(new Item("/family", "portal.nav.home"),
			new Item("/family/plan", "portal.nav.plan"), new Item("/family/access-log", "portal.nav.accessLog"),
			new Item("/family/messages", "portal.nav.messages"), new Item("/family/rights", "portal.nav.rights"));

	@Override
	public void addTo(Map<String, Object> model, HttpServletRequest request) {
		model.put("familyMember", familyMember());
	}

	FamilyMember familyMember() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof FamilyMember.Principal principal
				? principal.familyMember() : null;
	}

	public record Item(String path, String labelKey) {
	}

}
