package nl.kernteam.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdPageUnit;
import nl.kernteam.household.HouseholdQueries;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.SubmissionIds;
import nl.kernteam.shared.web.KeepsUnreadableValues;
import nl.kernteam.shared.web.Forms;
import nl.kernteam.shared.web.Fragments;
import nl.kernteam.shared.web.OneUnitOfWork;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The household's timeline page, and adding a contact note. */
@Controller
class TimelineController {

	private final NetworkQueries queries;

	private final NetworkManagement management;

	private final HouseholdQueries households;

	private final TimelineViews views;

	private final NoteForms noteForms;

	private final Clock clock;

	private final HouseholdPageUnit unit;

	TimelineController(NetworkQueries queries, NetworkManagement management, HouseholdQueries households,
			TimelineViews views, NoteForms noteForms, Clock clock, HouseholdPageUnit unit) {
		this.unit = unit;
		this.clock = clock;
		this.noteForms = noteForms;
		this.views = views;
		this.households = households;
		this.queries = queries;
		this.management = management;
	}

	/**
	 * One unit of work (issue 19): one decision, one log row, the frame read with it; six
	 * transactions with eleven access checks and three log rows before.
	 */
	@GetMapping("/households/{id}/timeline")
	@OneUnitOfWork
	String timeline(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
		var household = HouseholdId.of(id);
		return unit.read(actor, household, model, decided -> {
			var audiences = queries.noteAudiences(actor, household);
			return timelinePage(actor, household, page, NoteForm.blank(clock, audiences), null, audiences, model);
		});
	}

	@PostMapping("/households/{id}/notes")
	String addNote(Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("noteForm") NoteForm form,
			BindingResult result, @RequestParam(defaultValue = "") String returnTo, Model model,
			RedirectAttributes redirect) {
		var household = HouseholdId.of(id);
		return Forms.submit(result, () -> {
			management.addNote(actor, household, form.toCommand());
			redirect.addFlashAttribute("notice", "network.note.added");
			return "household".equals(returnTo) ? "redirect:/households/" + id
					: "redirect:/households/" + id + "/timeline";
		}, () -> timelinePage(actor, household, 0, form, result, queries.noteAudiences(actor, household), model));
	}

	/**
	 * The timeline page; its entries and note form are the household page's own jte
	 * templates ({@code network/timeline-entries.jte}, {@code network/note-form.jte}),
	 * placed as HTML.
	 * @param result the refused note's binding result; {@code null} for a fresh form
	 * @param audiences who the actor may write a note for
	 */
	private String timelinePage(Actor actor, HouseholdId household, int page, NoteForm form, BindingResult result,
			List<NoteAudience> audiences, Model model) {
		var network = queries.network(actor, household);
		model.addAttribute("network", network);
		var timeline = queries.timeline(actor, household, new PageOf.Request(page, 25));
		model.addAttribute("timeline", timeline);
		model.addAttribute("entriesHtml", Fragments.render("network/timeline-entries.jte",
				views.of(timeline.items(), household.value(), LocaleContextHolder.getLocale())));
		// no form for whoever may write no note (emergency access only reads), as on the
		// household page
		model.addAttribute("noteFormHtml", audiences.isEmpty() ? null : noteForms.html(household.value(), form, result,
				audiences, PresentPeople.of(households.details(actor, household), network), "timeline"));
		return "network/timeline";
	}

	/**
	 * The note form, on the timeline page and on the household page; the service's
	 * {@link AddNote} holds every rule, so its refusals land next to these fields.
	 * {@code others} is a comma-separated list added to those present.
	 */
	@KeepsUnreadableValues
	record NoteForm(UUID submissionId, NoteKind kind,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn, List<String> present, String others,
			String text, NoteAudience audience) {

		/**
		 * An empty form with the first audience the actor may write for chosen (the core
		 * team, if allowed).
		 */
		static NoteForm blank(Clock clock, List<NoteAudience> audiences) {
			return new NoteForm(SubmissionIds.next(), NoteKind.CONVERSATION, AmsterdamTime.today(clock), List.of(), "",
					"", audiences.isEmpty() ? NoteAudience.CORE_TEAM : audiences.get(0));
		}

		AddNote toCommand() {
			var everyone = new ArrayList<String>(present == null ? List.of() : present);
			if (others != null) {
				everyone.addAll(List.of(others.split(",")));
			}
			return new AddNote(submissionId, kind, occurredOn, everyone, text == null ? "" : text, audience);
		}
	}

}
