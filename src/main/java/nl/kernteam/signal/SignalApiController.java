package nl.kernteam.signal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.web.RequiresRole;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequiresRole(Role.PROFESSIONAL)
@RequestMapping("/api/v1/signals")
class SignalApiController {

	private final SignalManagement management;

	private final SignalQueries queries;

	private final MessageSource messages;

	SignalApiController(SignalManagement management, SignalQueries queries, MessageSource messages) {
		this.management = management;
		this.queries = queries;
		this.messages = messages;
	}

	@PostMapping
	ResponseEntity<RegisteredSignal> register(Actor actor, @Valid @RequestBody RegisterSignal command) {
		var registered = management.register(actor, command);
		return ResponseEntity.created(URI.create("/api/v1/signals/" + registered.id())).body(registered);
	}

	/**
	 * Registers up to {@value RegisterSignals#MAX} signals in one transaction: 200 with
	 * the outcome of each, in the order sent; 400 for invalid input, with the index of
	 * each signal at fault, and then none is registered.
	 */
	@PostMapping("/batch")
	BatchResult registerAll(Actor actor, @Valid @RequestBody RegisterSignals batch) {
		var outcomes = management.registerAll(actor, batch).items();
		var items = new ArrayList<BatchItem>(outcomes.size());
		for (int i = 0; i < outcomes.size(); i++) {
			var outcome = outcomes.get(i);
			String detail = switch (outcome.status()) {
				case DUPLICATE -> text("signal.duplicate");
				case ID_TAKEN -> text("error.idTaken");
				case ENDED -> text("signal.ended");
				case CREATED, REPEATED -> null;
			};
			items.add(new BatchItem(i, outcome.id(), outcome.status(), detail, outcome.matches()));
		}
		return new BatchResult(items);
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	/** What became of each signal of a batch. */
	record BatchResult(List<BatchItem> items) {
	}

	/**
	 * @param index the signal's place in the batch, from 0
	 * @param detail why a signal was not registered, in words; {@code null} otherwise
	 */
	record BatchItem(int index, UUID id, RegisteredSignals.Status status, String detail, List<SignalMatch> matches) {
	}

	/** The caller's organisation's active signals. */
	@GetMapping
	PageOf<SignalSummary> list(Actor actor, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return queries.organisationSignals(actor, new PageOf.Request(page, size));
	}

	@GetMapping("/matches")
	PageOf<SignalMatch> matches(Actor actor, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return queries.matches(actor, new PageOf.Request(page, size));
	}

	@PostMapping("/{id}/withdraw")
	WithdrawnSignal withdraw(Actor actor, @PathVariable UUID id) {
		return management.withdraw(actor, SignalId.of(id));
	}

}
