package nl.kernteam.household;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.AmsterdamTime;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The pages' small endpoint for drafts ({@code /js/kernteam.js}): a form with
 * {@code data-draft} keeps what is typed here while typing (with the page's CSRF token)
 * and asks on loading whether there is a draft to offer back.
 */
@Controller
class DraftController {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm")
		.withZone(AmsterdamTime.ZONE);

	private final Drafts drafts;

	DraftController(Drafts drafts) {
		this.drafts = drafts;
	}

	/** The draft of an item: 200 with it, 204 when there is none. */
	@GetMapping("/households/{id}/drafts")
	@ResponseBody
	ResponseEntity<Map<String, String>> find(Actor actor, @PathVariable UUID id, @RequestParam String item) {
		return drafts.find(actor, HouseholdId.of(id), item)
			.map(d -> ResponseEntity.ok(Map.of("content", d.content(), "savedAt", d.savedAt().toString(), "savedAtText",
					SHOWN.format(d.savedAt()))))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	@PostMapping("/households/{id}/drafts")
	@ResponseBody
	ResponseEntity<Void> keep(Actor actor, @PathVariable UUID id, @RequestParam String item,
			@RequestParam String content) {
		drafts.keep(actor, HouseholdId.of(id), item, content);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/households/{id}/drafts/discard")
	@ResponseBody
	ResponseEntity<Void> discard(Actor actor, @PathVariable UUID id, @RequestParam String item) {
		drafts.discard(actor, HouseholdId.of(id), item);
		return ResponseEntity.noContent().build();
	}

}
