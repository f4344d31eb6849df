package nl.kernteam.portal;

import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The core team answers the family's messages from the household page; a refused answer
 * is shown next to the field there.
 */
@Controller
class FamilyMessageAnswerController {

	/**
	 * The form's name, under which it comes back to the household page with its errors.
	 */
	static final String FORM = "familyAnswer";

	/** The answer's field. */
	static final String FIELD = "familyMessage";

	private final FamilyMessages messages;

	FamilyMessageAnswerController(FamilyMessages messages) {
		this.messages = messages;
	}

	@PostMapping("/households/{id}/family-messages")
	String answer(Actor actor, @PathVariable UUID id, @ModelAttribute(FORM) AnswerForm form, BindingResult result,
			RedirectAttributes redirect) {
		String page = "/households/" + id + "#family-voice";
		if (form.familyMessage() == null || form.familyMessage().isBlank()) {
			result.rejectValue(FIELD, "portal.pro.section.empty");
		}
		return Forms.submit(result, () -> {
			messages.answer(actor, HouseholdId.of(id), form.familyMessage());
			redirect.addFlashAttribute("notice", "portal.pro.section.sent");
			return "redirect:" + page;
		}, () -> Forms.redirectWithErrors(redirect, FORM, form, result, page));
	}

	/**
	 * The answer form's binding result when this request is the redirect back to the
	 * household page after a refused answer (a flash attribute), else {@code null}: the
	 * section shows the refused answer and its errors from it.
	 */
	static BindingResult sentBack() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
			return null;
		}
		var flash = RequestContextUtils.getInputFlashMap(request.getRequest());
		return (flash != null && flash.get(BindingResult.MODEL_KEY_PREFIX + FORM) instanceof BindingResult refused)
				? refused : null;
	}

	/**
	 * The answer's text, named apart from the page's other forms' fields; its rules are
	 * on {@link FamilyMessages#answer}.
	 */
	record AnswerForm(String familyMessage) {
	}

}
