package nl.kernteam.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.web.NavigationItem;
import nl.kernteam.shared.web.RequiresRole;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A household's reflections page (its form asks per working principle), and the team
 * lead's page of the team's rhythm with the form for an intervision session.
 */
@Controller
class ReflectionController {

	private final Reflections reflections;

	private final Clock clock;

	ReflectionController(Reflections reflections, Clock clock) {
		this.reflections = reflections;
		this.clock = clock;
	}

	@GetMapping("/households/{id}/reflections")
	String page(Actor actor, @PathVariable UUID id, Model model) {
		model.addAttribute("householdId", id);
		model.addAttribute("reflections", reflections.of(actor, HouseholdId.of(id)));
		model.addAttribute("principles", Principle.values());
		model.addAttribute("today", AmsterdamTime.today(clock));
		return "learning/reflections";
	}

	@PostMapping("/households/{id}/reflections")
	String reflect(Actor actor, @PathVariable UUID id,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reflectedOn,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Map<Principle, String> notes = new EnumMap<>(Principle.class);
		for (Principle principle : Principle.values()) {
			String note = form.get(principle.name());
			if (note != null && !note.isBlank()) {
				notes.put(principle, note);
			}
		}
		reflections.reflect(actor, HouseholdId.of(id),
				new Reflect(reflectedOn, notes, "on".equals(form.get("coreTeam")), "on".equals(form.get("shared"))));
		redirect.addFlashAttribute("notice", "learning.reflection.saved");
		return "redirect:/households/" + id + "/reflections";
	}

	@RequiresRole(Role.TEAM_LEAD)
	@GetMapping("/learning/rhythm")
	String rhythm(Actor actor, Model model) {
		model.addAttribute("rhythm", reflections.rhythm(actor));
		model.addAttribute("today", AmsterdamTime.today(clock));
		model.addAttribute("weeks", Rhythm.WEEKS);
		return "learning/rhythm";
	}

	@RequiresRole(Role.TEAM_LEAD)
	@PostMapping("/learning/intervisions")
	String intervision(Actor actor, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			@RequestParam(defaultValue = "") List<UUID> attendees, @RequestParam(defaultValue = "") String cases,
			RedirectAttributes redirect) {
		reflections.intervision(actor, heldOn, attendees,
				Arrays.stream(cases.split("\\R")).map(String::strip).filter(c -> !c.isEmpty()).toList());
		redirect.addFlashAttribute("notice", "learning.intervision.saved");
		return "redirect:/learning/rhythm";
	}

	@Bean
	static NavigationItem rhythmNavigation() {
		return new NavigationItem("/learning/rhythm", "learning.rhythm.nav", 66, Role.TEAM_LEAD);
	}

}
