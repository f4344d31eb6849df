package nl.kernteam.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.household.ChangeForm;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdPageUnit;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.identity.ContactPersonRule;
import nl.kernteam.identity.ProfessionalId;
import nl.kernteam.identity.Professionals;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.SubmissionIds;
import nl.kernteam.shared.web.OneUnitOfWork;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.validation.Reason;
import nl.kernteam.shared.web.Forms;
import nl.kernteam.shared.web.Layouts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The network pages of a household: the picture and list, and the forms that change the
 * network.
 */
@Controller
class NetworkController {

	private final NetworkQueries queries;

	private final NetworkManagement management;

	private final Professionals professionals;

	private final HouseholdAccess access;

	private final ShareQueries shares;

	private final List<NetworkPageSection> sections;

	private final ContactPersonRule rule;

	private final HouseholdPageUnit unit;

	private final NetworkPageViews views;

	private final Layouts layouts;

	NetworkController(NetworkQueries queries, NetworkManagement management, Professionals professionals,
			HouseholdAccess access, ShareQueries shares, ObjectProvider<NetworkPageSection> sections,
			ContactPersonRule rule, HouseholdPageUnit unit, NetworkPageViews views, Layouts layouts) {
		this.views = views;
		this.layouts = layouts;
		this.unit = unit;
		this.rule = rule;
		this.sections = sections.orderedStream().toList();
		this.shares = shares;
		this.access = access;
		this.queries = queries;
		this.management = management;
		this.professionals = professionals;
	}

	@GetMapping("/households/{id}/network")
	@OneUnitOfWork
	View show(Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Model model) {
		var household = HouseholdId.of(id);
		return unit.read(actor, household, model, decided -> {
			var page = shares.networkPage(actor, household, on);
			// the other modules' sections show the present: on a past date they are left
			// out, as the managers' controls are
			List<String> shown = new java.util.ArrayList<>();
			if (on == null) {
				sections.stream().map(section -> section.html(decided)).filter(Objects::nonNull).forEach(shown::add);
			}
			// who manages the network: the one decision's contact person and director
			var view = views.of(page, access.mayAdd(actor, household, HouseholdItem.NETWORK_MANAGEMENT),
					on == null && access.mayAdd(actor, household, HouseholdItem.CLOSURE), on, shown,
					(model.getAttribute("refusal") instanceof String key) ? key : null);
			return layouts.page(view.title(), "network/page.jte", view);
		});
	}

	@GetMapping("/households/{id}/helpers")
	@OneUnitOfWork
	String helpers(Actor actor, @PathVariable UUID id, Model model) {
		var household = HouseholdId.of(id);
		return unit.read(actor, household, model, (decided) -> {
			model.addAttribute("network", queries.network(actor, household));
			return "network/helpers";
		});
	}

	@GetMapping("/households/{id}/network/involvements/new")
	@ChangeForm(HouseholdItem.NETWORK_MANAGEMENT)
	String addProfessionalForm(Actor actor, @PathVariable UUID id, @RequestParam(required = false) UUID professionalId,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
		var network = queries.network(actor, HouseholdId.of(id));
		return professionalForm(actor, network, q, page, InvolvementForm.blank(professionalId), model);
	}

	@PostMapping("/households/{id}/network/involvements")
	String addProfessional(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") InvolvementForm form,
			BindingResult result, @RequestParam(defaultValue = "") String q, Model model, RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		return Forms.submit(result, () -> {
			management.addProfessional(actor, household, form.toCommand());
			redirect.addFlashAttribute("notice", "network.involvement.added");
			return "redirect:/households/" + id + "/network";
		}, () -> professionalForm(actor, queries.network(actor, household), q, 0, form, model));
	}

	private String professionalForm(Actor actor, NetworkDetails network, String q, int page, InvolvementForm form,
			Model model) {
		model.addAttribute("network", network);
		model.addAttribute("q", q);
		model.addAttribute("form", form);
		model.addAttribute("roles",
				List.of(InvolvementRole.CORE_TEAM, InvolvementRole.EXPERT, InvolvementRole.PARTNER));
		var found = professionals.involvable(q, actor.professionalId(), new PageOf.Request(page, 15));
		model.addAttribute("found", found);
		var candidates = new java.util.ArrayList<>(found.items());
		UUID selected = form.professionalId();
		if (selected != null && candidates.stream().noneMatch(p -> p.id().equals(selected))) {
			professionals.find(selected).ifPresent(p -> candidates.add(0, p));
		}
		model.addAttribute("candidates", candidates);
		return "network/add-professional";
	}

	@GetMapping("/households/{id}/network/informal/new")
	@ChangeForm(HouseholdItem.NETWORK_MANAGEMENT)
	String addInformalForm(Actor actor, @PathVariable UUID id, Model model) {
		model.addAttribute("network", queries.network(actor, HouseholdId.of(id)));
		model.addAttribute("form", InformalForm.blank());
		return "network/add-informal";
	}

	@PostMapping("/households/{id}/network/informal")
	String addInformal(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") InformalForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		return Forms.submit(result, () -> {
			management.addInformal(actor, household, form.toCommand());
			redirect.addFlashAttribute("notice", "network.involvement.added");
			return "redirect:/households/" + id + "/network";
		}, () -> {
			model.addAttribute("network", queries.network(actor, household));
			return "network/add-informal";
		});
	}

	@GetMapping("/households/{id}/network/involvements/{involvementId}/end")
	@ChangeForm
	String endForm(Actor actor, @PathVariable UUID id, @PathVariable UUID involvementId, Model model) {
		model.addAttribute("form", ReasonForm.blank());
		return endPage(queries.network(actor, HouseholdId.of(id)), involvementId, model);
	}

	@PostMapping("/households/{id}/network/involvements/{involvementId}/end")
	String end(Actor actor, @PathVariable UUID id, @PathVariable UUID involvementId,
			@Valid @ModelAttribute("form") ReasonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		return Forms.submit(result, () -> {
			management.endInvolvement(actor, household, involvementId, form.reason());
			redirect.addFlashAttribute("notice", "network.involvement.ended");
			// someone who left the network themselves no longer sees the household
			return access.maySee(actor, household) ? "redirect:/households/" + id + "/network" : "redirect:/households";
		}, () -> endPage(queries.network(actor, household), involvementId, model), conflict -> {
			redirect.addFlashAttribute("refusal", conflict.getMessage());
			return "redirect:/households/" + id + "/network";
		});
	}

	private String endPage(NetworkDetails network, UUID involvementId, Model model) {
		var involvement = network.involvements()
			.stream()
			.filter(i -> i.id().equals(involvementId))
			.findFirst()
			.orElseThrow(() -> new nl.kernteam.shared.NotFoundException("involvement " + involvementId));
		model.addAttribute("network", network);
		model.addAttribute("involvement", involvement);
		return "network/end";
	}

	@GetMapping("/households/{id}/network/contact-person")
	@ChangeForm
	String contactPersonForm(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String q,
			Model model) {
		model.addAttribute("q", q);
		model.addAttribute("form", new ContactPersonForm(null, "", true));
		return contactPersonPage(queries.network(actor, HouseholdId.of(id)), model);
	}

	@PostMapping("/households/{id}/network/contact-person")
	String changeContactPerson(Actor actor, @PathVariable UUID id,
			@Valid @ModelAttribute("form") ContactPersonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		return Forms.submit(result, () -> {
			management.changeContactPerson(actor, household, ProfessionalId.ofNullable(form.professionalId()),
					form.reason(), Boolean.TRUE.equals(form.previousStaysInvolved()));
			redirect.addFlashAttribute("notice", "network.contactPerson.changed");
			return "redirect:/households/" + id + "/network";
		}, () -> contactPersonPage(queries.network(actor, household), model));
	}

	private String contactPersonPage(NetworkDetails network, Model model) {
		model.addAttribute("network", network);
		String q = model.getAttribute("q") instanceof String text ? text : "";
		var current = network.contactPerson();
		// by default the current contact person's own team; a search looks in every team
		// the region lets be contact person (ContactPersonRule)
		var candidates = q.isBlank() && current != null ? professionals.find(current.professionalId())
			.map(p -> professionals.colleagues(p.organisationId()))
			.orElse(List.of()) : rule.candidates(q);
		model.addAttribute("contactPersonFrom", rule.from());
		model.addAttribute("candidates",
				candidates.stream()
					.filter(rule::allows)
					.filter(p -> current == null || !p.id().equals(current.professionalId()))
					.toList());
		return "network/contact-person";
	}

	@GetMapping("/households/{id}/network/director")
	@ChangeForm(HouseholdItem.NETWORK_MANAGEMENT)
	String directorForm(Actor actor, @PathVariable UUID id, Model model) {
		model.addAttribute("form", new DirectorForm(null, ""));
		return directorPage(queries.network(actor, HouseholdId.of(id)), model);
	}

	@PostMapping("/households/{id}/network/director")
	String changeDirector(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") DirectorForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		return Forms.submit(result, () -> {
			management.changeDirector(actor, household, ProfessionalId.ofNullable(form.professionalId()),
					form.reason());
			redirect.addFlashAttribute("notice", "network.director.changed");
			return "redirect:/households/" + id + "/network";
		}, () -> directorPage(queries.network(actor, household), model));
	}

	private String directorPage(NetworkDetails network, Model model) {
		model.addAttribute("network", network);
		model.addAttribute("candidates", network.current().stream().filter(i -> !i.informal()).toList());
		return "network/director";
	}

	/** Someone from the family's own circle. */
	record InformalForm(UUID submissionId, String personName, String relation, @Reason String reason, String phone,
			String email) {

		static InformalForm blank() {
			return new InformalForm(SubmissionIds.next(), "", "", "", "", "");
		}

		AddInformal toCommand() {
			return new AddInformal(submissionId, personName, relation, reason, phone, email);
		}
	}

	record ContactPersonForm(UUID professionalId, @Reason String reason, Boolean previousStaysInvolved) {
	}

	record DirectorForm(UUID professionalId, @Reason String reason) {
	}

}
