package nl.kernteam.learning;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.NotFoundException;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.web.RequiresRole;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team's starting picture: the API, and the team lead's page with this year beside
 * the previous one and a form of one line per item.
 */
@Controller
@RequiresRole(Role.TEAM_LEAD)
class StartfotoController {

	private final Startfotos startfotos;

	private final Reflections reflections;

	StartfotoController(Startfotos startfotos, Reflections reflections) {
		this.startfotos = startfotos;
		this.reflections = reflections;
	}

	@PostMapping("/api/v1/learning/startfotos")
	@ResponseStatus(HttpStatus.CREATED)
	@ResponseBody
	Startfoto.Comparison save(Actor actor, @Valid @RequestBody Startfoto request) {
		startfotos.save(actor, request);
		return startfotos.compare(actor, request.year()).orElseThrow();
	}

	@GetMapping("/api/v1/learning/startfotos")
	@ResponseBody
	Startfoto.Comparison read(Actor actor, @RequestParam(required = false) Integer year) {
		return startfotos.compare(actor, year).orElseThrow(() -> new NotFoundException("startfoto " + year));
	}

	@GetMapping("/learning/startfoto")
	String page(Actor actor, @RequestParam(required = false) Integer year, Model model) {
		model.addAttribute("comparison", startfotos.compare(actor, year).orElse(null));
		model.addAttribute("team", reflections.rhythm(actor).members());
		model.addAttribute("year", year != null ? year : startfotos.thisYear());
		return "learning/startfoto";
	}

	@PostMapping("/learning/startfoto")
	String savePage(Actor actor, @RequestParam int year, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		var expertise = new ArrayList<Startfoto.Expertise>();
		for (var member : reflections.rhythm(actor).members()) {
			lines(form.get("expertise-" + member.professionalId()))
				.forEach(line -> expertise.add(new Startfoto.Expertise(member.professionalId(), null, line)));
		}
		var agreements = new ArrayList<Startfoto.Agreement>();
		for (String line : lines(form.get("agreements"))) {
			String[] parts = line.split("\\|", 3);
			if (parts.length != 3) {
				throw new InvalidInputException("agreements", "learning.startfoto.agreementLine");
			}
			try {
				agreements.add(new Startfoto.Agreement(parts[0].strip(),
						parts[1].isBlank() ? null : LocalDate.parse(parts[1].strip()), parts[2].strip()));
			}
			catch (DateTimeParseException e) {
				throw new InvalidInputException("agreements", "learning.startfoto.agreementLine");
			}
		}
		startfotos.save(actor, new Startfoto(year, expertise, agreements, lines(form.get("programmes"))));
		redirect.addFlashAttribute("notice", "learning.startfoto.saved");
		return "redirect:/learning/startfoto?year=" + year;
	}

	@org.springframework.context.annotation.Bean
	static nl.kernteam.shared.web.NavigationItem startfotoNavigation() {
		return new nl.kernteam.shared.web.NavigationItem("/learning/startfoto", "learning.startfoto.nav", 67,
				Role.TEAM_LEAD);
	}

	private static List<String> lines(String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

}
