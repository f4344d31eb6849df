package nl.kernteam.safetyteam;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.household.ChangeForm;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.household.HouseholdPageUnit;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.web.Forms;
import nl.kernteam.shared.web.OneUnitOfWork;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The legal track of a household: its court orders per child with today's warnings, the
 * requests to the Raad and the decisions on where a child lives, the form to record an
 * order, and one page per step on an order (an extension, a written instruction, the
 * placement started).
 */
@Controller
class CourtOrderController {

	private final CourtOrderManagement management;

	private final CourtOrderQueries queries;

	private final LegalStepQueries steps;

	private final HouseholdPageUnit unit;

	private final HouseholdAccess access;

	CourtOrderController(CourtOrderManagement management, CourtOrderQueries queries, LegalStepQueries steps,
			HouseholdPageUnit unit, HouseholdAccess access) {
		this.unit = unit;
		this.access = access;
		this.management = management;
		this.queries = queries;
		this.steps = steps;
	}

	@GetMapping("/households/{id}/court-orders")
	@OneUnitOfWork
	String show(Actor actor, @PathVariable UUID id, Model model) {
		model.addAttribute("form", RecordCourtOrder.blank());
		return unit.read(actor, HouseholdId.of(id), model, (decided) -> page(actor, id, model));
	}

	@PostMapping("/households/{id}/court-orders")
	String record(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") RecordCourtOrder form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return Forms.submit(result, () -> {
			management.record(actor, HouseholdId.of(id), form);
			redirect.addFlashAttribute("notice", "safetyteam.courtOrder.recorded");
			return "redirect:/households/" + id + "/court-orders";
		}, () -> page(actor, id, model));
	}

	@GetMapping("/households/{id}/court-orders/{orderId}/extensions")
	@ChangeForm(HouseholdItem.LEGAL_TRACK)
	String extensionForm(Actor actor, @PathVariable UUID id, @PathVariable UUID orderId, Model model) {
		model.addAttribute("form", ExtendCourtOrder.blank());
		return step(actor, id, orderId, "extensions", model);
	}

	@PostMapping("/households/{id}/court-orders/{orderId}/extensions")
	String extend(Actor actor, @PathVariable UUID id, @PathVariable UUID orderId,
			@Valid @ModelAttribute("form") ExtendCourtOrder form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(result, () -> {
			management.extend(actor, HouseholdId.of(id), orderId, form);
			return done(id, redirect);
		}, () -> step(actor, id, orderId, "extensions", model));
	}

	@GetMapping("/households/{id}/court-orders/{orderId}/instructions")
	@ChangeForm(HouseholdItem.LEGAL_TRACK)
	String instructionForm(Actor actor, @PathVariable UUID id, @PathVariable UUID orderId, Model model) {
		model.addAttribute("form", RecordInstruction.blank());
		return step(actor, id, orderId, "instructions", model);
	}

	@PostMapping("/households/{id}/court-orders/{orderId}/instructions")
	String instruct(Actor actor, @PathVariable UUID id, @PathVariable UUID orderId,
			@Valid @ModelAttribute("form") RecordInstruction form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(result, () -> {
			management.instruct(actor, HouseholdId.of(id), orderId, form);
			return done(id, redirect);
		}, () -> step(actor, id, orderId, "instructions", model));
	}

	@GetMapping("/households/{id}/court-orders/{orderId}/placement")
	@ChangeForm(HouseholdItem.LEGAL_TRACK)
	String placementForm(Actor actor, @PathVariable UUID id, @PathVariable UUID orderId, Model model) {
		model.addAttribute("form", new RecordPlacementStart(null));
		return step(actor, id, orderId, "placement", model);
	}

	@PostMapping("/households/{id}/court-orders/{orderId}/placement")
	String placementStarted(Actor actor, @PathVariable UUID id, @PathVariable UUID orderId,
			@Valid @ModelAttribute("form") RecordPlacementStart form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(result, () -> {
			management.placementStarted(actor, HouseholdId.of(id), orderId, form);
			return done(id, redirect);
		}, () -> step(actor, id, orderId, "placement", model));
	}

	@GetMapping("/households/{id}/court-orders/{orderId}/hearing")
	@ChangeForm(HouseholdItem.LEGAL_TRACK)
	String hearingForm(Actor actor, @PathVariable UUID id, @PathVariable UUID orderId, Model model) {
		model.addAttribute("form", new RecordHearing(null, null));
		return step(actor, id, orderId, "hearing", model);
	}

	@PostMapping("/households/{id}/court-orders/{orderId}/hearing")
	String heard(Actor actor, @PathVariable UUID id, @PathVariable UUID orderId,
			@Valid @ModelAttribute("form") RecordHearing form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(result, () -> {
			management.heard(actor, HouseholdId.of(id), orderId, form);
			return done(id, redirect);
		}, () -> step(actor, id, orderId, "hearing", model));
	}

	private String page(Actor actor, UUID household, Model model) {
		model.addAttribute("track", queries.legalTrack(actor, HouseholdId.of(household)));
		model.addAttribute("steps", steps.read(HouseholdId.of(household)));
		model.addAttribute("kinds", CourtOrderKind.values());
		// the steps, the new order and the request to the Raad only for whom may record
		// them (not under emergency access, not a core-team member outside the regional
		// safety team)
		model.addAttribute("records", access.mayAdd(actor, HouseholdId.of(household), HouseholdItem.LEGAL_TRACK));
		return "safetyteam/court-orders";
	}

	private String step(Actor actor, UUID household, UUID orderId, String step, Model model) {
		var track = queries.legalTrack(actor, HouseholdId.of(household));
		model.addAttribute("track", track);
		model.addAttribute("order", track.order(orderId));
		model.addAttribute("step", step);
		return "safetyteam/court-order-step";
	}

	private static String done(UUID household, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", "safetyteam.courtOrder.saved");
		return "redirect:/households/" + household + "/court-orders";
	}

}
