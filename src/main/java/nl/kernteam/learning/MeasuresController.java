package nl.kernteam.learning;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

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
 * The team lead's measures page: each measure with its definition, a chart with the table
 * beside it, and the CSV export.
 */
@Controller
@RequiresRole(Role.TEAM_LEAD)
class MeasuresController {

	private final LearningMeasures measures;

	MeasuresController(LearningMeasures measures) {
		this.measures = measures;
	}

	@GetMapping("/learning/measures")
	String page(Actor actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		var period = period(from, to);
		var figures = measures.measures(actor, actor.organisationId(), period[0], period[1]);
		model.addAttribute("measures", figures);
		model.addAttribute("chart", MeasureChart.of(figures));
		model.addAttribute("from", period[0]);
		model.addAttribute("to", period[1]);
		return "learning/measures";
	}

	@GetMapping("/learning/measures.csv")
	ResponseEntity<byte[]> csv(Actor actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		var period = period(from, to);
		var m = measures.export(actor, actor.organisationId(), period[0], period[1]);
		var csv = new StringBuilder("maat;waarde\n");
		csv.append("van;").append(m.from()).append('\n').append("tot;").append(m.to()).append('\n');
		if (m.suppressed()) {
			csv.append("huishoudens;minder dan ").append(Measures.SMALLEST_GROUP).append('\n');
		}
		else {
			row(csv, "huishoudens", m.households());
			row(csv, "overdrachten_per_huishouden", m.handoversPerHousehold());
			row(csv, "professionals_per_huishouden", m.professionalsPerHousehold());
			row(csv, "organisaties_per_huishouden", m.organisationsPerHousehold());
			row(csv, "mediaan_dagen_tot_eerste_gezamenlijke_analyse", m.medianDaysToFirstAssessment());
			row(csv, "afgesloten", m.closed());
			row(csv, "met_kinderbeschermingsmaatregel", m.withCourtOrder());
			row(csv, "ik_ben_gehoord_gemiddeld", m.heardAverage());
			row(csv, "ik_ben_gehoord_antwoorden", m.heardAnswers());
			row(csv, "reflecties", m.reflections());
			row(csv, "intervisies", m.intervisions());
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"maten-" + m.from() + "-" + m.to() + ".csv\"")
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static void row(StringBuilder csv, String name, Number value) {
		csv.append(name).append(';');
		if (value instanceof Double d) {
			csv.append(String.format(Locale.ROOT, "%.2f", d));
		}
		else if (value != null) {
			csv.append(value);
		}
		csv.append('\n');
	}

	@Bean
	static NavigationItem measuresNavigation() {
		return new NavigationItem("/learning/measures", "learning.measures.nav", 65, Role.TEAM_LEAD);
	}

	private LocalDate[] period(LocalDate from, LocalDate to) {
		var year = measures.lastYear();
		return new LocalDate[] { from == null ? year[0] : from, to == null ? year[1] : to };
	}

}
