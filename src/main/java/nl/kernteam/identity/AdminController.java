package nl.kernteam.identity;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.ForbiddenException;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.NotFoundException;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration pages; security allows {@code /admin/**} to {@code FUNCTIONAL_ADMIN} only. */
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
		if (result.hasErrors()) {
			return organisationsPage(form, model);
		}
		try {
			identity.createOrganisation(form.toCommand());
		}
		catch (InvalidInputException e) {
			e.problems().forEach(p -> result.rejectValue(p.field(), p.messageKey()));
			return organisationsPage(form, model);
		}
		redirect.addFlashAttribute("notice", "admin.organisation.created");
		return "redirect:/admin/organisations";
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
	String createProfessional(@Valid @ModelAttribute("form") ProfessionalForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.getPassword() == null || form.getPassword().length() < 12) {
			result.rejectValue("password", "identity.password.weak");
		}
		if (form.getUsername() == null || !form.getUsername().matches("[A-Za-z0-9._@-]{3,60}")) {
			result.rejectValue("username", "identity.username.pattern");
		}
		if (result.hasErrors()) {
			return professionalForm(form, null, model);
		}
		try {
			var created = identity.createProfessional(form.toCreate());
			redirect.addFlashAttribute("notice", "admin.professional.created");
			return "redirect:/admin/professionals/" + created.id();
		}
		catch (InvalidInputException e) {
			e.problems().forEach(p -> result.rejectValue(p.field(), p.messageKey()));
			return professionalForm(form, null, model);
		}
	}

	@GetMapping("/admin/professionals/{id}")
	String professional(nl.kernteam.shared.Actor actor, @PathVariable UUID id, Model model) {
		var professional = find(id);
		model.addAttribute("professional", professional);
		model.addAttribute("duties", duties.contactPersonOf(actor, id));
		return professionalForm(ProfessionalForm.of(professional, professionals.version(id)), professional, model);
	}

	@PostMapping("/admin/professionals/{id}")
	String updateProfessional(nl.kernteam.shared.Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") ProfessionalForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var professional = find(id);
		if (result.hasErrors()) {
			return professionalForm(form, professional, model);
		}
		try {
			identity.updateProfessional(actor, id, form.toUpdate());
		}
		catch (InvalidInputException e) {
			e.problems().forEach(p -> result.rejectValue(p.field(), p.messageKey()));
			return professionalForm(form, professional, model);
		}
		catch (ConflictException | ForbiddenException e) {
			result.reject(e.getMessage());
			return professionalForm(form, professional, model);
		}
		redirect.addFlashAttribute("notice", "admin.professional.saved");
		return "redirect:/admin/professionals/" + id;
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
	String resetPassword(@PathVariable UUID id, @RequestParam String password, RedirectAttributes redirect) {
		try {
			identity.resetPassword(id, password);
			redirect.addFlashAttribute("notice", "admin.professional.passwordReset");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("passwordError", e.problems().get(0).messageKey());
		}
		return "redirect:/admin/professionals/" + id;
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
		model.addAttribute("professional", professional);
		model.addAttribute("organisations", professionals.organisations());
		model.addAttribute("allRoles", Role.values());
		return "admin/professional";
	}
}
