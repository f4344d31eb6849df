package nl.kernteam.learning;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.web.NavigationItem;
import nl.kernteam.shared.web.RequiresRole;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The measures page of a team lead (their organisation) or a policy adviser (the region,
 * or one organisation in it): each measure with its definition, charts with a table
 * beside them, and the CSV export.
 */
@Controller
@RequiresRole({ Role.TEAM_LEAD, Role.POLICY_ADVISER })
class MeasuresController {

	private final LearningMeasures measures;

	MeasuresController(LearningMeasures measures) {
		this.measures = measures;
	}

	@GetMapping("/learning/measures")
	String page(Actor actor, @RequestParam(required = false) UUID organisationId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		var period = period(from, to);
		var figures = measures.measures(actor, organisationId, period[0], period[1]);
		model.addAttribute("measures", figures);
		model.addAttribute("chart", MeasureChart.of(figures));
		model.addAttribute("scaleChart", ScaleChart.of(figures.scales()));
		model.addAttribute("organisationId", organisationId);
		model.addAttribute("from", period[0]);
		model.addAttribute("to", period[1]);
		return "learning/measures";
	}

	@GetMapping("/learning/measures.csv")
	ResponseEntity<byte[]> csv(Actor actor, @RequestParam(required = false) UUID organisationId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		var period = period(from, to);
		var m = measures.export(actor, organisationId, period[0], period[1]);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"maten-" + (m.region() ? "regio-" : "") + m.from() + "-" + m.to() + ".csv\"")
			.body(MeasuresCsv.of(m).getBytes(StandardCharsets.UTF_8));
	}

	@Bean
	static NavigationItem measuresNavigation() {
		return new NavigationItem("/learning/measures", "learning.measures.nav", 65, actor -> true,
				Set.of(Role.TEAM_LEAD, Role.POLICY_ADVISER));
	}

	private LocalDate[] period(LocalDate from, LocalDate to) {
		var year = measures.lastYear();
		return new LocalDate[] { from == null ? year[0] : from, to == null ? year[1] : to };
	}

}
