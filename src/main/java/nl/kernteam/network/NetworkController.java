package nl.kernteam.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.MemberDetails;
import nl.kernteam.identity.Professionals;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.web.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The network pages of a household: the picture and list, and the forms that change the network. */
@Controller
class NetworkController {

	private final NetworkQueries queries;

	private final NetworkManagement management;

	private final Professionals professionals;

	private final FormErrors formErrors;

	private final HouseholdAccess access;

	private final ShareQueries shares;

	NetworkController(NetworkQueries queries, NetworkManagement management, Professionals professionals,
			FormErrors formErrors, HouseholdAccess access, ShareQueries shares) {
		this.shares = shares;
		this.access = access;
		this.queries = queries;
		this.management = management;
		this.professionals = professionals;
		this.formErrors = formErrors;
	}

	@GetMapping("/households/{id}/network")
	String show(Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Model model) {
		var page = shares.networkPage(actor, HouseholdId.of(id), on);
		var network = page.network();
		var members = page.members().stream().map(MemberDetails::givenName).toList();
		model.addAttribute("network", network);
		model.addAttribute("sights", page.sights());
		model.addAttribute("picture", NetworkPicture.of(network, members));
		model.addAttribute("on", on);
		model.addAttribute("manager", network.isManagedBy(actor.professionalId()));
		model.addAttribute("now", java.time.Instant.now());
		return "network/network";
	}

	@GetMapping("/households/{id}/helpers")
	String helpers(Actor actor, @PathVariable UUID id, Model model) {
		model.addAttribute("network", queries.network(actor, HouseholdId.of(id)));
		return "network/helpers";
	}

	@GetMapping("/households/{id}/network/involvements/new")
	String addProfessionalForm(Actor actor, @PathVariable UUID id, @RequestParam(required = false) UUID professionalId,
			@RequestParam(defaultValue = "") String q, Model model) {
		var network = queries.network(actor, HouseholdId.of(id));
		model.addAttribute("values", Map.of("professionalId", professionalId == null ? "" : professionalId.toString(),
				"role", "", "reason", "", "submissionId", UUID.randomUUID().toString()));
		return professionalForm(network, q, professionalId, Map.of(), model);
	}

	@PostMapping("/households/{id}/network/involvements")
	String addProfessional(Actor actor, @PathVariable UUID id, @RequestParam(required = false) UUID submissionId,
			@RequestParam(required = false) UUID professionalId, @RequestParam(required = false) InvolvementRole role,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String q, Model model,
			RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		try {
			management.addProfessional(actor, household, new AddProfessional(submissionId, professionalId, role, reason));
		}
		catch (InvalidInputException | jakarta.validation.ConstraintViolationException e) {
			model.addAttribute("values", Map.of("professionalId", professionalId == null ? "" : professionalId.toString(),
					"role", role == null ? "" : role.name(), "reason", reason,
					"submissionId", submissionId == null ? UUID.randomUUID().toString() : submissionId.toString()));
			return professionalForm(queries.network(actor, household), q, professionalId, formErrors.of(e), model);
		}
		redirect.addFlashAttribute("notice", "network.involvement.added");
		return "redirect:/households/" + id + "/network";
	}

	private String professionalForm(NetworkDetails network, String q, UUID selected, Map<String, String> errors,
			Model model) {
		model.addAttribute("network", network);
		model.addAttribute("q", q);
		model.addAttribute("errors", errors);
		model.addAttribute("roles", List.of(InvolvementRole.CORE_TEAM, InvolvementRole.EXPERT, InvolvementRole.PARTNER));
		var candidates = new java.util.ArrayList<>(professionals.search(q, null, new PageOf.Request(0, 15)).items());
		if (selected != null && candidates.stream().noneMatch(p -> p.id().equals(selected))) {
			professionals.find(selected).ifPresent(p -> candidates.add(0, p));
		}
		model.addAttribute("candidates", candidates);
		return "network/add-professional";
	}

	@GetMapping("/households/{id}/network/informal/new")
	String addInformalForm(Actor actor, @PathVariable UUID id, Model model) {
		model.addAttribute("network", queries.network(actor, HouseholdId.of(id)));
		model.addAttribute("values", Map.of("submissionId", UUID.randomUUID().toString()));
		model.addAttribute("errors", Map.of());
		return "network/add-informal";
	}

	@PostMapping("/households/{id}/network/informal")
	String addInformal(Actor actor, @PathVariable UUID id, @RequestParam(required = false) UUID submissionId,
			@RequestParam(defaultValue = "") String personName, @RequestParam(defaultValue = "") String relation,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String phone,
			@RequestParam(defaultValue = "") String email, Model model, RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		try {
			management.addInformal(actor, household, new AddInformal(submissionId, personName, relation, reason, phone, email));
		}
		catch (InvalidInputException | jakarta.validation.ConstraintViolationException e) {
			model.addAttribute("network", queries.network(actor, household));
			model.addAttribute("values", Map.of("personName", personName, "relation", relation, "reason", reason,
					"phone", phone, "email", email, "submissionId", (submissionId == null ? UUID.randomUUID() : submissionId).toString()));
			model.addAttribute("errors", formErrors.of(e));
			return "network/add-informal";
		}
		redirect.addFlashAttribute("notice", "network.involvement.added");
		return "redirect:/households/" + id + "/network";
	}

	@GetMapping("/households/{id}/network/involvements/{involvementId}/end")
	String endForm(Actor actor, @PathVariable UUID id, @PathVariable UUID involvementId, Model model) {
		var network = queries.network(actor, HouseholdId.of(id));
		return endPage(network, involvementId, "", Map.of(), model);
	}

	@PostMapping("/households/{id}/network/involvements/{involvementId}/end")
	String end(Actor actor, @PathVariable UUID id, @PathVariable UUID involvementId,
			@RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		try {
			management.endInvolvement(actor, household, involvementId, reason);
		}
		catch (InvalidInputException e) {
			return endPage(queries.network(actor, household), involvementId, reason, formErrors.of(e), model);
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("refusal", e.getMessage());
			return "redirect:/households/" + id + "/network";
		}
		redirect.addFlashAttribute("notice", "network.involvement.ended");
		// someone who left the network themselves no longer sees the household
		return access.maySee(actor, household) ? "redirect:/households/" + id + "/network" : "redirect:/households";
	}

	private String endPage(NetworkDetails network, UUID involvementId, String reason, Map<String, String> errors,
			Model model) {
		var involvement = network.involvements().stream().filter(i -> i.id().equals(involvementId)).findFirst()
			.orElseThrow(() -> new nl.kernteam.shared.NotFoundException("involvement " + involvementId));
		model.addAttribute("network", network);
		model.addAttribute("involvement", involvement);
		model.addAttribute("values", Map.of("reason", reason));
		model.addAttribute("errors", errors);
		return "network/end";
	}

	@GetMapping("/households/{id}/network/contact-person")
	String contactPersonForm(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("q", q);
		return contactPersonPage(queries.network(actor, HouseholdId.of(id)), Map.of("previousStaysInvolved", "true"),
				Map.of(), model);
	}

	@PostMapping("/households/{id}/network/contact-person")
	String changeContactPerson(Actor actor, @PathVariable UUID id, @RequestParam(required = false) UUID professionalId,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "false") boolean previousStaysInvolved,
			Model model, RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		try {
			management.changeContactPerson(actor, household, professionalId, reason, previousStaysInvolved);
		}
		catch (InvalidInputException e) {
			return contactPersonPage(queries.network(actor, household),
					Map.of("professionalId", professionalId == null ? "" : professionalId.toString(), "reason", reason,
							"previousStaysInvolved", String.valueOf(previousStaysInvolved)), formErrors.of(e), model);
		}
		redirect.addFlashAttribute("notice", "network.contactPerson.changed");
		return "redirect:/households/" + id + "/network";
	}

	private String contactPersonPage(NetworkDetails network, Map<String, String> values, Map<String, String> errors,
			Model model) {
		model.addAttribute("network", network);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		String q = model.getAttribute("q") instanceof String text ? text : "";
		var current = network.contactPerson();
		// by default the current contact person's own team; a search looks in every local team
		var candidates = q.isBlank() && current != null
				? professionals.find(current.professionalId()).map(p -> professionals.colleagues(p.organisationId())).orElse(List.of())
				: professionals.search(q, OrganisationType.LOCAL_TEAM, new PageOf.Request(0, PageOf.MAX_SIZE)).items();
		model.addAttribute("candidates", candidates.stream()
			.filter(p -> current == null || !p.id().equals(current.professionalId()))
			.toList());
		return "network/contact-person";
	}

	@GetMapping("/households/{id}/network/director")
	String directorForm(Actor actor, @PathVariable UUID id, Model model) {
		return directorPage(queries.network(actor, HouseholdId.of(id)), Map.of(), Map.of(), model);
	}

	@PostMapping("/households/{id}/network/director")
	String changeDirector(Actor actor, @PathVariable UUID id, @RequestParam(required = false) UUID professionalId,
			@RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		try {
			management.changeDirector(actor, household, professionalId, reason);
		}
		catch (InvalidInputException e) {
			return directorPage(queries.network(actor, household),
					Map.of("professionalId", professionalId == null ? "" : professionalId.toString(), "reason", reason),
					formErrors.of(e), model);
		}
		redirect.addFlashAttribute("notice", "network.director.changed");
		return "redirect:/households/" + id + "/network";
	}

	private String directorPage(NetworkDetails network, Map<String, String> values, Map<String, String> errors,
			Model model) {
		model.addAttribute("network", network);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("candidates", network.current().stream().filter(i -> !i.informal()).toList());
		return "network/director";
	}
}
