package nl.kernteam.household;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import nl.kernteam.identity.ContactPersonRule;
import nl.kernteam.identity.ProfessionalSummary;
import nl.kernteam.identity.Professionals;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.web.OneUnitOfWork;
import nl.kernteam.shared.web.Layouts;
import nl.kernteam.shared.web.PageTexts;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.web.Forms;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class HouseholdController {

	private final HouseholdManagement management;

	private final HouseholdQueries queries;

	private final Professionals professionals;

	private final SmartValidator validator;

	private final HouseholdPage page;

	private final Clock clock;

	private final ContactPersonRule contactPersonRule;

	private final MessageSource messages;

	private final Layouts layouts;

	HouseholdController(HouseholdManagement management, HouseholdQueries queries, Professionals professionals,
			SmartValidator validator, HouseholdPage page, Clock clock, ContactPersonRule contactPersonRule,
			MessageSource messages, Layouts layouts) {
		this.messages = messages;
		this.layouts = layouts;
		this.contactPersonRule = contactPersonRule;
		this.clock = clock;
		this.page = page;
		this.management = management;
		this.queries = queries;
		this.professionals = professionals;
		this.validator = validator;
	}

	/**
	 * The list, optionally searched. A search that may hold a BSN never stays in the URL:
	 * {@code ?query=} with a digit is moved to a token at once, and the search form posts
	 * to {@link #search}.
	 */
	@GetMapping("/households")
	@OneUnitOfWork
	String list(Actor actor, @RequestParam(defaultValue = "") String query,
			@RequestParam(required = false) String search, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Target", required = false) String htmxTarget, HttpSession session, Model model) {
		if (SearchTokens.mustHide(query)) {
			return "redirect:" + SearchTokens.url(session, "/households", "query", query, false)
					+ (page > 0 ? "&page=" + page : "");
		}
		String text = search == null ? query : SearchTokens.get(session, search).orElse("");
		String url = search == null ? SearchTokens.url(session, "/households", "query", text, false)
				: "/households?search=" + search;
		results(actor, text, page, url, model);
		// htmx's live search replaces only the results; a boosted link to this page wants
		// the whole page
		return "results".equals(htmxTarget) ? "household/list :: results" : "household/list";
	}

	/**
	 * The search form: posted, so that a BSN travels in the body; answered with the
	 * results (htmx) or a redirect.
	 */
	@PostMapping("/households/search")
	@OneUnitOfWork
	String search(Actor actor, @RequestParam(defaultValue = "") String query,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpSession session,
			HttpServletResponse response, Model model) {
		String url = SearchTokens.url(session, "/households", "query", query, false);
		if (htmx == null) {
			return "redirect:" + url;
		}
		response.setHeader("HX-Push-Url", url);
		results(actor, query, 0, url, model);
		return "household/list :: results";
	}

	private void results(Actor actor, String query, int page, String url, Model model) {
		model.addAttribute("query", query);
		model.addAttribute("listUrl", url);
		var listing = this.page.list(actor, query, new PageOf.Request(page, 20));
		model.addAllAttributes(listing.frame());
		model.addAttribute("households", listing.households());
	}

	@GetMapping("/households/new")
	String showForm(Actor actor, Model model) {
		return registrationForm(actor, HouseholdForm.blank(), model);
	}

	@PostMapping("/households")
	String create(Actor actor, @ModelAttribute("form") HouseholdForm form, BindingResult result,
			@RequestParam(required = false) String addMember, @RequestParam(required = false) String findContactPerson,
			Model model) {
		if (addMember != null) {
			form.addMember();
			model.addAttribute("focusId", "members" + (form.getMembers().size() - 1) + ".givenName");
			return registrationForm(actor, form, model);
		}
		if (findContactPerson != null) {
			// shows the local-team professionals the search found
			return registrationForm(actor, form, model);
		}
		validate(form, result);
		return Forms.submit(result, () -> "redirect:/households/" + management.register(actor, form.toRegistration()),
				() -> registrationForm(actor, form, model));
	}

	@GetMapping("/households/{id}")
	@OneUnitOfWork
	View show(Actor actor, @PathVariable UUID id, Model model) {
		var content = page.read(actor, HouseholdId.of(id));
		model.addAllAttributes(content.frame());
		return layouts.page(content.household().name(), "household/page.jte", HouseholdPageView.of(content.household(),
				content.sections(), AmsterdamTime.today(clock), PageTexts.current(messages)));
	}

	@GetMapping("/households/{id}/edit")
	String showEditForm(Actor actor, @PathVariable UUID id, Model model) {
		var household = queries.details(actor, HouseholdId.of(id));
		var bsns = queries.bsnsForEditing(actor, HouseholdId.of(id));
		return editForm(id, HouseholdForm.of(household, bsns), model);
	}

	@PostMapping("/households/{id}")
	String update(Actor actor, @PathVariable UUID id, @ModelAttribute("form") HouseholdForm form, BindingResult result,
			@RequestParam(required = false) String addMember, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (addMember != null) {
			// checks access before showing anything
			queries.details(actor, HouseholdId.of(id));
			form.addMember();
			// the focus goes to the new member's first field (issue 17)
			model.addAttribute("focusId", "members" + (form.getMembers().size() - 1) + ".givenName");
			return editForm(id, form, model);
		}
		validate(form, result);
		if (form.getName() == null || form.getName().isBlank()) {
			result.rejectValue("name", "household.name.required");
		}
		if (result.hasErrors()) {
			queries.details(actor, HouseholdId.of(id));
		}
		return Forms.submit(result, () -> {
			management.update(actor, HouseholdId.of(id), form.toUpdate());
			redirect.addFlashAttribute("notice", "household.saved");
			return "redirect:/households/" + id;
		}, () -> editForm(id, form, model), conflict -> {
			// Show what is stored now next to what the user tried to save; nothing is
			// overwritten or lost.
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			model.addAttribute("current", queries.details(actor, HouseholdId.of(id)));
			form.setVersion(((HouseholdDetails) model.getAttribute("current")).version());
			return editForm(id, form, model);
		});
	}

	/**
	 * Validates the member rows that stay in the household; rows marked removed need no
	 * valid content.
	 */
	private void validate(HouseholdForm form, BindingResult result) {
		validator.validate(form, result);
		boolean anyActive = false;
		for (int i = 0; i < form.getMembers().size(); i++) {
			var member = form.getMembers().get(i);
			if (member.isRemoved()) {
				continue;
			}
			anyActive = true;
			result.pushNestedPath("members[" + i + "]");
			validator.validate(member, result);
			result.popNestedPath();
		}
		if (!anyActive) {
			result.reject("household.members.required");
		}
	}

	private String registrationForm(Actor actor, HouseholdForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("roles", MemberRole.values());
		model.addAttribute("residences", Residence.values());
		model.addAttribute("genders", Gender.values());
		// who may be contact person is the region's setting: the registrant, when they
		// may
		boolean mayBeContactPerson = contactPersonRule.allows(actor.organisationType());
		model.addAttribute("needsContactPerson", !mayBeContactPerson);
		model.addAttribute("contactPersonFrom", contactPersonRule.from());
		// a search narrows the choice when a region has more candidates than a list can
		// show
		var candidates = mayBeContactPerson ? List.<ProfessionalSummary>of()
				: new java.util.ArrayList<>(contactPersonRule.candidates(form.getContactPersonSearch()));
		if (form.getContactPersonId() != null
				&& candidates.stream().noneMatch(p -> p.id().equals(form.getContactPersonId()))) {
			professionals.find(form.getContactPersonId()).ifPresent(chosen -> candidates.add(0, chosen));
		}
		model.addAttribute("contactPersons", candidates);
		return "household/form";
	}

	private String editForm(UUID id, HouseholdForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("householdId", id);
		model.addAttribute("roles", MemberRole.values());
		model.addAttribute("residences", Residence.values());
		model.addAttribute("genders", Gender.values());
		return "household/edit";
	}

}
