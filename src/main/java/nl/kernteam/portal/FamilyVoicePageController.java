package nl.kernteam.portal;

import java.util.UUID;

import nl.kernteam.shared.FamilyMember;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The family's own view on an assessment, a key decision or a plan version: one page that
 * the family's other pages link to ({@code /family/views/new?kind=ASSESSMENT&id=...}),
 * with the form and what was said before, newest first.
 */
@Controller
class FamilyVoicePageController {

	private final FamilyVoice voice;

	private final FamilyAgreements agreements;

	FamilyVoicePageController(FamilyVoice voice, FamilyAgreements agreements) {
		this.voice = voice;
		this.agreements = agreements;
	}

	/** The member's own agreement: tick it off, or say how it goes. */
	@GetMapping("/family/agreements/{agreementId}")
	String agreement(FamilyMember member, @PathVariable UUID agreementId, Model model) {
		model.addAttribute("form", new ProgressForm(false, null));
		return showAgreement(member, agreementId, model);
	}

	@PostMapping("/family/agreements/{agreementId}/progress")
	String addProgress(FamilyMember member, @PathVariable UUID agreementId, @ModelAttribute("form") ProgressForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return Forms.submit(result, () -> {
			agreements.addProgress(member, agreementId, new AddProgress(form.done(), form.text()));
			redirect.addFlashAttribute("notice", "portal.progress.saved");
			return "redirect:/family/agreements/" + agreementId;
		}, () -> showAgreement(member, agreementId, model));
	}

	private String showAgreement(FamilyMember member, UUID agreementId, Model model) {
		model.addAttribute("own", agreements.own(member, agreementId));
		return "portal/agreement";
	}

	record ProgressForm(Boolean done, String text) {
	}

	@GetMapping("/family/views/new")
	String viewForm(FamilyMember member, @RequestParam AboutKind kind, @RequestParam String id, Model model) {
		model.addAttribute("form", new ViewForm(kind, id, null, null));
		return showViewForm(member, new About(kind, id), model);
	}

	@PostMapping("/family/views")
	String addView(FamilyMember member, @ModelAttribute("form") ViewForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.kind() == null || form.id() == null || form.id().isBlank()) {
			// what the view is about comes with the page's form, not from the family: a
			// damaged form, answered as one
			throw new InvalidInputException("id", "error.invalid");
		}
		var about = new About(form.kind(), form.id());
		if (form.position() == null) {
			result.rejectValue("position", "portal.view.position.required");
		}
		return Forms.submit(result, () -> {
			voice.addView(member, new AddView(about, form.position(), form.words()));
			redirect.addFlashAttribute("notice", "portal.view.saved");
			return "redirect:/family/views/new?kind=" + about.kind() + "&id=" + about.id();
		}, () -> showViewForm(member, about, model));
	}

	private String showViewForm(FamilyMember member, About about, Model model) {
		model.addAttribute("views", voice.views(member, about));
		model.addAttribute("positions", FamilyPosition.values());
		return "portal/view";
	}

	record ViewForm(AboutKind kind, String id, FamilyPosition position, String words) {
	}

}
