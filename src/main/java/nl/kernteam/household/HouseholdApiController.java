package nl.kernteam.household;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;
import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.audit.AccessLogCursor;
import nl.kernteam.audit.AccessLogPage;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.web.OneUnitOfWork;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/households")
class HouseholdApiController {

	private final HouseholdManagement management;

	private final HouseholdQueries queries;

	private final HouseholdAccessLog accessLog;

	HouseholdApiController(HouseholdManagement management, HouseholdQueries queries, HouseholdAccessLog accessLog) {
		this.management = management;
		this.queries = queries;
		this.accessLog = accessLog;
	}

	@PostMapping
	ResponseEntity<HouseholdDetails> create(Actor actor, @Valid @RequestBody RegisterHousehold command) {
		var id = management.register(actor, command);
		return ResponseEntity.created(URI.create("/api/v1/households/" + id)).body(queries.details(actor, id));
	}

	@Operation(description = "Households the caller may see, optionally searched by name or BSN. A BSN in the URL "
			+ "lands in access logs and proxies: search by BSN with POST /api/v1/households/search instead. A BSN "
			+ "sent here is still answered.")
	@GetMapping
	PageOf<HouseholdSummary> list(Actor actor, @RequestParam(defaultValue = "") String query,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return queries.list(actor, query, new PageOf.Request(page, size));
	}

	/**
	 * The same search as {@code GET ?query=}, with the query in the body, so that a BSN
	 * stays out of every URL.
	 */
	@Operation(description = "Search by name or BSN with the query in the body (use this for a BSN).")
	@PostMapping("/search")
	PageOf<HouseholdSummary> search(Actor actor, @Valid @RequestBody SearchRequest request) {
		return queries.list(actor, request.query() == null ? "" : request.query(), new PageOf.Request(
				request.page() == null ? 0 : request.page(), request.size() == null ? 20 : request.size()));
	}

	/**
	 * One unit of work, as the household page is: the read decides once, in its own
	 * transaction, instead of the guard asking the database before it.
	 */
	@GetMapping("/{id}")
	@OneUnitOfWork
	HouseholdDetails show(Actor actor, @PathVariable UUID id) {
		return queries.details(actor, HouseholdId.of(id));
	}

	@PutMapping("/{id}")
	HouseholdDetails update(Actor actor, @PathVariable UUID id, @Valid @RequestBody UpdateHousehold command) {
		management.update(actor, HouseholdId.of(id), command);
		return queries.details(actor, HouseholdId.of(id));
	}

	/**
	 * Newest first. Follow {@code older} (as {@code before}) and {@code newer} (as
	 * {@code after}) to page; a page costs the same wherever it lies. {@code page} still
	 * works for clients that page by number.
	 */
	@OutsideNetwork
	@GetMapping("/{id}/access-log")
	AccessLogPage accessLog(Actor actor, @PathVariable UUID id, @RequestParam(required = false) Integer page,
			@RequestParam(defaultValue = "50") int size, @RequestParam(required = false) String before,
			@RequestParam(required = false) String after) {
		var older = AccessLogCursor.parse(before, "before");
		var newer = AccessLogCursor.parse(after, "after");
		var request = new AccessLogPage.Request(size, older, newer,
				page == null && older == null && newer == null ? Integer.valueOf(0) : page);
		return accessLog.forHousehold(actor, HouseholdId.of(id), request);
	}

	record SearchRequest(@Size(max = 200) @PlainText(singleLine = true) String query, @Min(0) Integer page,
			@Min(1) @Max(100) Integer size) {
	}

}
