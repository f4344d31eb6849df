package nl.kernteam.identity;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.ForbiddenException;
import nl.kernteam.shared.NotFoundException;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.validation.Password;
import nl.kernteam.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration pages; security allows {@code /admin/**} to {@code FUNCTIONAL_ADMIN}
 * only.
 */
@Controller
class AdminController {

	private final IdentityManagement identity;

	private final Professionals professionals;

	private final ProfessionalDuties duties;

	AdminController(IdentityManagement identity, Professionals professionals, ProfessionalDuties duties) {
		this.identity = identity;
		this.professionals = professionals;
		this.duties = duties;
	}

	@GetMapping("/admin")
	String overview() {
		return "redirect:/admin/professionals";
	}

	@GetMapping("/admin/organisations")
	String organisations(Model model) {
		return organisationsPage(new OrganisationForm(), model);
	}

	@PostMapping("/admin/organisations")
	String createOrganisation(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(result, () -> {
			identity.createOrganisation(form.toCommand());
			redirect.addFlashAttribute("notice", "admin.organisation.created");
			return "redirect:/admin/organisations";
		}, () -> organisationsPage(form, model));
	}

	@GetMapping("/admin/professionals")
	String professionals(@RequestParam(defaultValue = "") String query, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("query", query);
		model.addAttribute("professionals", professionals.searchIncludingInactive(query, new PageOf.Request(page, 25)));
		return "admin/professionals";
	}

	@GetMapping("/admin/professionals/new")
	String newProfessional(Model model) {
		return professionalForm(new ProfessionalForm(), null, model);
	}

	@PostMapping("/admin/professionals")
	String createProfessional(
			@Validated({ Default.class,
					ProfessionalForm.Creating.class }) @ModelAttribute("form") ProfessionalForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return Forms.submit(result, () -> {
			var created = identity.createProfessional(form.toCreate());
			redirect.addFlashAttribute("notice", "admin.professional.created");
			return "redirect:/admin/professionals/" + created.id();
		}, () -> professionalForm(form, null, model));
	}

	@GetMapping("/admin/professionals/{id}")
	String professional(nl.kernteam.shared.Actor actor, @PathVariable UUID id, Model model) {
		model.addAttribute("passwordForm", new PasswordForm(null));
		return professionalPage(actor, id, model);
	}

	private String professionalPage(nl.kernteam.shared.Actor actor, UUID id, Model model) {
		var professional = find(id);
		model.addAttribute("professional", professional);
		model.addAttribute("duties", duties.contactPersonOf(actor, id));
		return professionalForm(ProfessionalForm.of(professional, professionals.version(id)), professional, model);
	}

	@PostMapping("/admin/professionals/{id}")
	String updateProfessional(nl.kernteam.shared.Actor actor, @PathVariable UUID id,
			@Valid @ModelAttribute("form") ProfessionalForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var professional = find(id);
		try {
			return Forms.submit(result, () -> {
				identity.updateProfessional(actor, id, form.toUpdate());
				redirect.addFlashAttribute("notice", "admin.professional.saved");
				return "redirect:/admin/professionals/" + id;
			}, () -> professionalForm(form, professional, model));
		}
		// an administrator may not take away their own administration
		catch (ForbiddenException e) {
			result.reject(e.getMessage());
			return professionalForm(form, professional, model);
		}
	}

	@PostMapping("/admin/professionals/{id}/deactivate")
	String deactivate(nl.kernteam.shared.Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			identity.deactivate(actor, id);
			redirect.addFlashAttribute("notice", "admin.professional.deactivated");
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("refusal", e.getMessage());
		}
		return "redirect:/admin/professionals/" + id;
	}

	@PostMapping("/admin/professionals/{id}/activate")
	String activate(@PathVariable UUID id, RedirectAttributes redirect) {
		identity.activate(id);
		redirect.addFlashAttribute("notice", "admin.professional.activated");
		return "redirect:/admin/professionals/" + id;
	}

	@PostMapping("/admin/professionals/{id}/unlock")
	String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
		identity.unlock(id);
		redirect.addFlashAttribute("notice", "admin.professional.unlocked");
		return "redirect:/admin/professionals/" + id;
	}

	@PostMapping("/admin/professionals/{id}/password")
	String resetPassword(nl.kernteam.shared.Actor actor, @PathVariable UUID id,
			@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(result, () -> {
			identity.resetPassword(id, form.password());
			redirect.addFlashAttribute("notice", "admin.professional.passwordReset");
			return "redirect:/admin/professionals/" + id;
		}, () -> professionalPage(actor, id, model));
	}

	/** A new password for a professional, set by the administrator. */
	record PasswordForm(@Password String password) {
	}

	private ProfessionalSummary find(UUID id) {
		return professionals.find(id).orElseThrow(() -> new NotFoundException("professional " + id));
	}

	private String organisationsPage(OrganisationForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("organisations", professionals.organisations());
		model.addAttribute("types", OrganisationType.values());
		return "admin/organisations";
	}

	private String professionalForm(ProfessionalForm form, ProfessionalSummary professional, Model model) {
		model.addAttribute("form", form);
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new PasswordForm(null));
		}
		model.addAttribute("professional", professional);
		model.addAttribute("organisations", professionals.organisations());
		model.addAttribute("allRoles", Role.values());
		return "admin/professional";
	}

}
