package nl.kernteam.audit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.web.RequiresRole;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The privacy officer's search through the whole access log: by period, professional,
 * action and emergency, a page at a time, and the same as CSV.
 */
@Controller
@RequiresRole(Role.PRIVACY_OFFICER)
class AccessLogSearchController {

	private static final int PAGE_SIZE = 50;

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(AmsterdamTime.ZONE);

	private final AccessLogSearch search;

	private final java.time.Clock clock;

	AccessLogSearchController(AccessLogSearch search, java.time.Clock clock) {
		this.search = search;
		this.clock = clock;
	}

	private AccessLogFilter filter(LocalDate from, LocalDate to, String professional, AccessAction action,
			Boolean emergency) {
		return AccessLogFilter.of(from, to, professional, action, emergency,
				LocalDate.now(clock.withZone(AmsterdamTime.ZONE)));
	}

	@GetMapping("/privacy/access-log")
	String search(Actor actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String professional, @RequestParam(required = false) AccessAction action,
			@RequestParam(required = false) Boolean emergency, @RequestParam(defaultValue = "0") int page,
			Model model) {
		var filter = filter(from, to, professional, action, emergency);
		model.addAttribute("filter", filter);
		model.addAttribute("actions", AccessAction.values());
		model.addAttribute("result", search.search(actor, filter, page, PAGE_SIZE));
		return "audit/search";
	}

	@GetMapping("/privacy/access-log.csv")
	ResponseEntity<byte[]> export(Actor actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String professional, @RequestParam(required = false) AccessAction action,
			@RequestParam(required = false) Boolean emergency) {
		var filter = filter(from, to, professional, action, emergency);
		var csv = new StringBuilder("tijdstip;wie;organisatie;actie;gegevens;uitkomst;noodtoegang;grond;gezin\n");
		for (var row : search.export(actor, filter)) {
			csv.append(AT.format(row.at()))
				.append(';')
				.append(cell(row.actorName()))
				.append(';')
				.append(cell(row.organisationName()))
				.append(';')
				.append(row.action())
				.append(';')
				.append(cell(row.resource()))
				.append(';')
				.append(row.outcome())
				.append(';')
				.append(row.emergency() ? "ja" : "nee")
				.append(';')
				.append(cell(row.basis()))
				.append(';')
				.append(cell(row.householdName()))
				.append('\n');
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"toegangslog-" + filter.from() + "-" + filter.to() + ".csv\"")
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A CSV cell: quoted, quotes doubled, and a leading = + - @ defused so that a
	 * spreadsheet never runs it as a formula.
	 */
	static String cell(String value) {
		if (value == null) {
			return "";
		}
		String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return '"' + text.replace("\"", "\"\"").replace('\n', ' ') + '"';
	}

}
