package nl.kernteam.audit;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.TransactionScoped;

/**
 * The granted reads and lists of one transaction ({@link AccessLog#record},
 * {@link AccessLog#recordAll}), merged per household, actor, action, emergency and rule,
 * and written with its commit in one statement per actor, action, emergency and rule: a
 * page view is one row per household that names every kind of data read
 * ({@code household,network,plan}), and a page whose sections list the same household
 * (the start page's deadlines and households) one row that names every list
 * ({@code deadlines,households}), not one per section (issue 19).
 */
final class PendingRows {

	private final Map<List<Object>, Group> groups = new LinkedHashMap<>();

	/** This transaction's rows, written just before it commits. */
	static PendingRows of(AccessLogRepository repository) {
		return TransactionScoped.get(PendingRows.class, PendingRows::new,
				(rows) -> rows.groups.values()
					.forEach(group -> repository.insertAll(group.actor, group.resources, group.action, group.emergency,
							group.basis, group.at)));
	}

	/**
	 * @param basis the rule that granted it, {@code null} for a list
	 * @param at when, for the row: the first of its group's
	 */
	void add(Actor actor, Collection<UUID> households, AccessAction action, String resource, boolean emergency,
			String basis, Instant at) {
		var group = this.groups.computeIfAbsent(Arrays.asList(actor.professionalId(), action, emergency, basis),
				(key) -> new Group(actor, action, emergency, basis, at, new LinkedHashMap<>()));
		households.forEach(
				(household) -> group.resources.computeIfAbsent(household, (h) -> new LinkedHashSet<>()).add(resource));
	}

	private record Group(Actor actor, AccessAction action, boolean emergency, String basis, Instant at,
			Map<UUID, Set<String>> resources) {
	}

}
