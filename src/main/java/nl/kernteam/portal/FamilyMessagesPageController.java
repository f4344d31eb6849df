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
 * The family's messages with its contact person, and "ik ben gehoord" after a meeting
 * ({@code /family/heard/new?kind=ASSESSMENT&id=...}, linked from the family's pages).
 */
@Controller
class FamilyMessagesPageController {

	private final FamilyMessages messages;

	private final FamilyVoice voice;

	FamilyMessagesPageController(FamilyMessages messages, FamilyVoice voice) {
		this.messages = messages;
		this.voice = voice;
	}

	@GetMapping("/family/messages")
	String messages(FamilyMember member, Model model) {
		model.addAttribute("form", new MessageForm(null));
		return showMessages(member, model);
	}

	@PostMapping("/family/messages")
	String send(FamilyMember member, @ModelAttribute("form") MessageForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(result, () -> {
			messages.send(member, form.text());
			redirect.addFlashAttribute("notice", "portal.message.sent");
			return "redirect:/family/messages";
		}, () -> showMessages(member, model));
	}

	@GetMapping("/family/heard/new")
	String heardForm(FamilyMember member, @RequestParam AboutKind kind, @RequestParam String id, Model model) {
		model.addAttribute("form", new HeardForm(kind, id, null, null));
		return "portal/heard";
	}

	@PostMapping("/family/heard")
	String heard(FamilyMember member, @ModelAttribute("form") HeardForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (form.score() == null) {
			result.rejectValue("score", "portal.heard.score.required");
		}
		return Forms.submit(result, () -> {
			voice.heard(member, new Heard(new About(form.kind(), form.id()), form.score(), form.words()));
			redirect.addFlashAttribute("notice", "portal.heard.saved");
			return "redirect:/family";
		}, () -> "portal/heard");
	}

	private String showMessages(FamilyMember member, Model model) {
		model.addAttribute("messages", messages.forFamily(member));
		return "portal/messages";
	}

	record MessageForm(String text) {
	}

	record HeardForm(AboutKind kind, String id, Integer score, String words) {
	}

}
