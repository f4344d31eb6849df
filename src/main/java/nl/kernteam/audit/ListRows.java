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
 * The rows of lists that name households ({@link AccessLog#recordAll}) in one
 * transaction, merged per household, actor, action and emergency, and written with its
 * commit in one statement per actor, action and emergency: a page whose sections list the
 * same household (the start page's deadlines and households) is one row for it that names
 * every list ({@code deadlines,households}), not one per section (issue 19).
 */
final class ListRows {

	private final Map<List<Object>, Group> groups = new LinkedHashMap<>();

	/** This transaction's list rows, written just before it commits. */
	static ListRows of(AccessLogRepository repository) {
		return TransactionScoped.get(ListRows.class, ListRows::new,
				(rows) -> rows.groups.values()
					.forEach(group -> repository.insertAll(group.actor, group.resources, group.action, group.emergency,
							group.at)));
	}

	void add(Actor actor, Collection<UUID> households, AccessAction action, String resource, boolean emergency,
			Instant at) {
		var group = this.groups.computeIfAbsent(Arrays.asList(actor.professionalId(), action, emergency),
				(key) -> new Group(actor, action, emergency, at, new LinkedHashMap<>()));
		households.forEach(
				(household) -> group.resources.computeIfAbsent(household, (h) -> new LinkedHashSet<>()).add(resource));
	}

	private record Group(Actor actor, AccessAction action, boolean emergency, Instant at,
			Map<UUID, Set<String>> resources) {
	}

}
