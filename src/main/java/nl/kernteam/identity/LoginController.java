package nl.kernteam.identity;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	private final OidcSettings oidc;

	LoginController(OidcSettings oidc) {
		this.oidc = oidc;
	}

	/**
	 * The login form, with a button for each configured identity provider (the
	 * organisation's, DigiD).
	 */
	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("oidcProfessionals", oidc.professionals().configured());
		model.addAttribute("oidcFamilies", oidc.families().configured());
		return "identity/login";
	}

	/**
	 * The provider knew the user, but Kernteam has no account to let in: a professional
	 * without an active account, or a BSN without a family account.
	 */
	@GetMapping("/login/refused")
	String refused(@RequestParam(defaultValue = "false") boolean family, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		model.addAttribute("family", family);
		return "identity/refused";
	}

}
