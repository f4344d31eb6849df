package nl.kernteam.portal;

import nl.kernteam.shared.FamilyMember;
import nl.kernteam.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The family's rights in plain words (objection, complaint, the confidential adviser,
 * free legal aid, seeing, correcting and removing data) and the page to use them.
 */
@Controller
class FamilyRightsPageController {

	private final FamilyObjections objections;

	FamilyRightsPageController(FamilyObjections objections) {
		this.objections = objections;
	}

	@GetMapping("/family/rights")
	String rights(FamilyMember member) {
		return "portal/rights";
	}

	@GetMapping("/family/objections")
	String objections(FamilyMember member, @RequestParam(required = false) ObjectionKind kind,
			@RequestParam(required = false) AboutKind aboutKind, @RequestParam(required = false) String aboutId,
			Model model) {
		model.addAttribute("form",
				new ObjectionForm(kind == null ? ObjectionKind.OBJECTION : kind, aboutKind, aboutId, null));
		return show(member, model);
	}

	@PostMapping("/family/objections")
	String file(FamilyMember member, @ModelAttribute("form") ObjectionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(result, () -> {
			var about = form.aboutKind() == null || form.aboutId() == null || form.aboutId().isBlank() ? null
					: new About(form.aboutKind(), form.aboutId());
			objections.file(member, new FileObjection(form.kind(), about, form.text()));
			redirect.addFlashAttribute("notice", "portal.objection.saved");
			return "redirect:/family/objections";
		}, () -> show(member, model));
	}

	private String show(FamilyMember member, Model model) {
		model.addAttribute("objections", objections.forFamily(member));
		model.addAttribute("kinds", ObjectionKind.values());
		return "portal/objections";
	}

	record ObjectionForm(ObjectionKind kind, AboutKind aboutKind, String aboutId, String text) {
	}

}
