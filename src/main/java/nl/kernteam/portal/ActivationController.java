package nl.kernteam.portal;

import jakarta.servlet.http.HttpServletRequest;
import nl.kernteam.identity.ActivateFamilyAccount;
import nl.kernteam.identity.FamilyAccounts;
import nl.kernteam.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The page where a family member activates their account with the code from their letter,
 * or sets a new password with a new code; without being logged in. A wrong code counts as
 * a failed login of the address.
 */
@Controller
class ActivationController {

	private final FamilyAccounts accounts;

	ActivationController(FamilyAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/family/activate")
	String form(Model model) {
		model.addAttribute("form", new ActivateFamilyAccount(null, null, null));
		return "portal/activate";
	}

	@PostMapping("/family/activate")
	String activate(@ModelAttribute("form") ActivateFamilyAccount form, BindingResult result,
			HttpServletRequest request) {
		String page = Forms.submit(result, () -> {
			accounts.activate(form);
			return "redirect:/login?activated";
		}, () -> "portal/activate");
		if (result.hasFieldErrors("activationCode")) {
			request.setAttribute(FamilyAccounts.ACTIVATION_FAILED, true);
		}
		return page;
	}

}
