package nl.kernteam.webhook;

import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.PageOf;
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
 * The functional administrator's webhook pages (security: {@code /admin/**} is
 * {@code FUNCTIONAL_ADMIN} only): the subscriptions, a new one with its secret shown once
 * in the answer, turning one off and on, and the deliveries that failed or wait for a
 * next attempt, each of which can be sent again now.
 */
@Controller
class WebhookAdminController {

	private static final int PAGE_SIZE = 25;

	private final WebhookManagement webhooks;

	private final WebhookListQueries lists;

	private final Validator validator;

	WebhookAdminController(WebhookManagement webhooks, WebhookListQueries lists, Validator validator) {
		this.webhooks = webhooks;
		this.lists = lists;
		this.validator = validator;
	}

	@GetMapping("/admin/webhooks")
	String subscriptions(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("subscriptions", lists.subscriptions(new PageOf.Request(page, PAGE_SIZE)));
		return "webhook/subscriptions";
	}

	@GetMapping("/admin/webhooks/new")
	String newSubscription(Model model) {
		return form(new WebhookForm(), model);
	}

	/**
	 * Answers with the new subscription's secret, on this answer only (never in a
	 * redirect's session); a second submit of the same form answers the same.
	 */
	@PostMapping("/admin/webhooks")
	String subscribe(Actor actor, @ModelAttribute("form") WebhookForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		check(form, result);
		return Forms.submit(result, () -> {
			var created = form.getSubmissionId() == null ? webhooks.subscribe(actor, form.toCommand())
					: webhooks.subscribe(actor, form.getSubmissionId(), form.toCommand());
			model.addAttribute("created", created);
			model.addAttribute("form", form);
			return "webhook/created";
		}, () -> {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(form, model);
		}, submittedBefore -> {
			result.reject(submittedBefore.getMessage());
			Forms.conflictStatus();
			return form(form, model);
		});
	}

	@PostMapping("/admin/webhooks/{id}/deactivate")
	String deactivate(@PathVariable UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", webhooks.setActive(id, false) ? "webhook.subscription.deactivated"
				: "webhook.subscription.wasInactive");
		return "redirect:/admin/webhooks";
	}

	@PostMapping("/admin/webhooks/{id}/activate")
	String activate(@PathVariable UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice",
				webhooks.setActive(id, true) ? "webhook.subscription.activated" : "webhook.subscription.wasActive");
		return "redirect:/admin/webhooks";
	}

	@GetMapping("/admin/webhooks/deliveries")
	String deliveries(@RequestParam(defaultValue = "FAILING") WebhookDeliveryFilter filter,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("filters", WebhookDeliveryFilter.values());
		model.addAttribute("deliveries", lists.deliveries(filter, new PageOf.Request(page, PAGE_SIZE)));
		return "webhook/deliveries";
	}

	/** Schedules the delivery for the sender's next run. */
	@PostMapping("/admin/webhooks/deliveries/{id}/retry")
	String retry(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			webhooks.retry(id);
			redirect.addFlashAttribute("notice", "webhook.delivery.retrying");
		}
		catch (ConflictException delivered) {
			redirect.addFlashAttribute("refusal", delivered.getMessage());
		}
		return "redirect:/admin/webhooks/deliveries";
	}

	/**
	 * Every field's problems at once, next to the fields: the command's limits, and the
	 * checkboxes here (a refusal carrying the empty set as a text could not be shown
	 * again on them).
	 */
	private void check(WebhookForm form, BindingResult result) {
		var command = form.toCommand();
		var violations = validator.validate(command)
			.stream()
			.filter(violation -> !violation.getPropertyPath().toString().startsWith("kinds"))
			.collect(Collectors.toSet());
		if (!violations.isEmpty()) {
			Forms.reject(new ConstraintViolationException(violations), result);
		}
		if (form.hasUnknownKinds()) {
			result.rejectValue("kinds", "webhook.kinds.unknown");
		}
		else if (command.kinds().isEmpty()) {
			result.rejectValue("kinds", "webhook.kinds.required");
		}
	}

	private String form(WebhookForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("allKinds", WebhookKind.values());
		return "webhook/new";
	}

}
