package nl.kernteam.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.TransactionScoped;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access log: append-only, one row per access to family data.
 * <p>
 * {@link #record} must be called inside the transaction that reads or changes the data,
 * so that the data and its log row commit or roll back together; it refuses to run
 * without one. {@link #recordRefusal} writes in a transaction of its own, because a
 * refused request rolls its own transaction back but its refusal must stay.
 */
@Service
public class AccessLog {

	private final AccessLogRepository repository;

	private final Clock clock;

	private final RefusalWriter refusals;

	AccessLog(AccessLogRepository repository, Clock clock, RefusalWriter refusals) {
		this.repository = repository;
		this.clock = clock;
		this.refusals = refusals;
	}

	/**
	 * Records a granted or refused access in the caller's transaction. Granted reads of
	 * one household by one actor within one transaction become one row at commit that
	 * names every kind of data read ({@code household,
	 * network, plan}): a page view is one row, not one per section ({@link PendingRows}).
	 * Changes are written at once.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AccessEvent event) {
		if (event.action() == AccessAction.READ && event.outcome() == AccessOutcome.GRANTED
				&& event.householdId() != null) {
			PendingRows.of(repository)
				.add(event.actor(), List.of(event.householdId()), AccessAction.READ, event.resource(),
						event.emergency(), event.basis(), clock.instant());
			return;
		}
		repository.insert(event, clock.instant());
	}

	/**
	 * Records an access at once, in the caller's transaction, without merging it with the
	 * transaction's other reads: for reading the log itself, so that whoever reads it
	 * sees their own read on top.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordNow(AccessEvent event) {
		repository.insert(event, clock.instant());
	}

	/**
	 * Writes a refusal in a transaction of its own, at once, or when the request it
	 * happens in has ended ({@link #deferRefusals}).
	 */
	public void recordRefusal(AccessEvent event) {
		var refusal = new RefusalWriter.Refusal(event, clock.instant());
		var deferred = DEFERRED.get();
		if (deferred != null) {
			deferred.add(refusal);
			return;
		}
		refusals.write(java.util.List.of(refusal));
	}

	/**
	 * Keeps this thread's refusals until the returned deferral is closed, then writes
	 * them ({@link RefusalsAfterRequest}: when a request has ended). A refusal inside a
	 * transaction then does not take a second connection while that transaction holds its
	 * first, which as many refused requests at once as the pool has connections would
	 * wait for in vain. Opened outside any transaction; inside another deferral it does
	 * nothing.
	 */
	public Deferral deferRefusals() {
		if (DEFERRED.get() != null) {
			return new Deferral(null);
		}
		var deferred = new ArrayList<RefusalWriter.Refusal>();
		DEFERRED.set(deferred);
		return new Deferral(deferred);
	}

	/** Refusals kept; closing writes them. */
	public final class Deferral implements AutoCloseable {

		private final java.util.List<RefusalWriter.Refusal> kept;

		private Deferral(java.util.List<RefusalWriter.Refusal> kept) {
			this.kept = kept;
		}

		@Override
		public void close() {
			if (this.kept == null) {
				return;
			}
			DEFERRED.remove();
			if (!this.kept.isEmpty()) {
				refusals.write(this.kept);
			}
		}

	}

	/** The refusals kept by {@link #deferRefusals} on this thread. */
	private static final ThreadLocal<java.util.List<RefusalWriter.Refusal>> DEFERRED = new ThreadLocal<>();

	/**
	 * One page of a household's log, newest first, with the count of its rows up to
	 * {@link PageOf#COUNT_CAP}. Served by the index on (household_id, at desc) of each
	 * monthly partition: a page reads its own rows only, however far back it lies, and
	 * the count reads at most {@code PageOf.COUNT_CAP} index entries.
	 */
	@Transactional(readOnly = true)
	public AccessLogPage forHousehold(UUID householdId, AccessLogPage.Request request) {
		long counted = repository.count(householdId, PageOf.COUNT_UP_TO);
		var rows = new ArrayList<>(repository.rows(householdId, request));
		boolean more = rows.size() > request.size();
		if (more) {
			rows.remove(rows.size() - 1);
		}
		if (request.after() != null) {
			Collections.reverse(rows); // fetched oldest first, from the cursor on
		}
		boolean hasNewer = request.after() != null ? more
				: request.before() != null || request.page() != null && request.page() > 0;
		boolean hasOlder = request.after() != null || more;
		String newer = hasNewer && !rows.isEmpty() ? rows.get(0).cursor().toString() : null;
		String older = hasOlder && !rows.isEmpty() ? rows.get(rows.size() - 1).cursor().toString() : null;
		return new AccessLogPage(rows.stream().map(AccessLogRepository.Row::entry).toList(),
				request.before() == null && request.after() == null ? request.page() : null, request.size(),
				Math.min(counted, PageOf.COUNT_CAP), counted > PageOf.COUNT_CAP, newer, older);
	}

	/**
	 * The same granted access to many households at once (a list that names them), in the
	 * caller's transaction: written with its commit, in one statement, merged with the
	 * transaction's other lists per household ({@link PendingRows}).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordAll(Actor actor, java.util.Collection<UUID> households, AccessAction action, String resource) {
		recordAll(actor, households, action, resource, false);
	}

	/**
	 * As {@link #recordAll(Actor, java.util.Collection, AccessAction, String)}, flagged
	 * as emergency access or not.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordAll(Actor actor, java.util.Collection<UUID> households, AccessAction action, String resource,
			boolean emergency) {
		if (households.isEmpty()) {
			return;
		}
		PendingRows.of(repository).add(actor, households, action, resource, emergency, null, clock.instant());
	}

}
