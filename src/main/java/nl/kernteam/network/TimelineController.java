package nl.kernteam.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdQueries;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.InvalidInputException;
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

/** The household's timeline page, and adding a contact note. */
@Controller
class TimelineController {

	private final NetworkQueries queries;

	private final NetworkManagement management;

	private final FormErrors formErrors;

	private final HouseholdQueries households;

	private final Clock clock;

	TimelineController(NetworkQueries queries, NetworkManagement management, FormErrors formErrors,
			HouseholdQueries households, Clock clock) {
		this.clock = clock;
		this.households = households;
		this.queries = queries;
		this.management = management;
		this.formErrors = formErrors;
	}

	@GetMapping("/households/{id}/timeline")
	String timeline(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
		var household = HouseholdId.of(id);
		model.addAttribute("noteForm", NoteFormView.blank(clock, queries.noteAudiences(actor, household)));
		return timelinePage(actor, household, page, model);
	}

	@PostMapping("/households/{id}/notes")
	String addNote(Actor actor, @PathVariable UUID id, @RequestParam(required = false) UUID submissionId,
			@RequestParam(required = false) NoteKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
			@RequestParam(defaultValue = "") List<String> present, @RequestParam(defaultValue = "") String others,
			@RequestParam(defaultValue = "") String text, @RequestParam(required = false) NoteAudience audience,
			@RequestParam(defaultValue = "") String returnTo, Model model,
			RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		var everyone = new ArrayList<>(present);
		for (String other : others.split(",")) {
			everyone.add(other);
		}
		try {
			management.addNote(actor, household, new AddNote(submissionId, kind, occurredOn, everyone, text, audience));
		}
		catch (InvalidInputException | jakarta.validation.ConstraintViolationException e) {
			model.addAttribute("noteForm", new NoteFormView(submissionId == null ? UUID.randomUUID() : submissionId,
					kind, occurredOn, present, others, text, audience, queries.noteAudiences(actor, household),
					formErrors.of(e)));
			return timelinePage(actor, household, 0, model);
		}
		redirect.addFlashAttribute("notice", "network.note.added");
		return "household".equals(returnTo) ? "redirect:/households/" + id : "redirect:/households/" + id + "/timeline";
	}

	private String timelinePage(Actor actor, HouseholdId household, int page, Model model) {
		var network = queries.network(actor, household);
		model.addAttribute("network", network);
		model.addAttribute("people", PresentPeople.of(households.details(actor, household), network));
		model.addAttribute("timeline", queries.timeline(actor, household, new PageOf.Request(page, 25)));
		return "network/timeline";
	}

	/** What the note form shows: the values typed so far and the errors next to them. */
	record NoteFormView(UUID submissionId, NoteKind kind, LocalDate occurredOn, List<String> present, String others,
			String text, NoteAudience audience, List<NoteAudience> audiences, Map<String, String> errors) {

		/** An empty form offering the audiences the actor may write for, the first (the core team, if allowed) chosen. */
		static NoteFormView blank(Clock clock, List<NoteAudience> audiences) {
			return new NoteFormView(UUID.randomUUID(), NoteKind.CONVERSATION, AmsterdamTime.today(clock),
					List.of(), "", "", audiences.isEmpty() ? NoteAudience.CORE_TEAM : audiences.get(0), audiences, Map.of());
		}

		public NoteKind[] kinds() {
			return NoteKind.values();
		}

	}
}
