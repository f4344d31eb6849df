package nl.kernteam.portal;

import nl.kernteam.shared.FamilyMember;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The family's page about the juvenile court: the orders about their children and, once
 * the Raad was asked to investigate, where to get free legal aid.
 */
@Controller
class FamilyCourtOrderPageController {

	private final FamilyCourtOrders courtOrders;

	FamilyCourtOrderPageController(FamilyCourtOrders courtOrders) {
		this.courtOrders = courtOrders;
	}

	@GetMapping("/family/court-orders")
	String show(FamilyMember member, Model model) {
		model.addAttribute("legal", courtOrders.of(member));
		return "portal/court-orders";
	}

}
