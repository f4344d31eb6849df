package nl.kernteam.assessment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import nl.kernteam.shared.InvalidInputException.FieldProblem;

/**
 * Which stored element each element of a saved list is, so that an element keeps its id
 * (and what hangs on it, such as a plan goal's link) when the list is edited.
 */
final class StableIds {

	private StableIds() {
	}

	/**
	 * The ids of the elements of a list: the id sent; else the id of a stored element
	 * with the same text that no other element claims; else the id of the unclaimed
	 * stored element at the same place (an edited text); else a new id.
	 */
	static <T> List<UUID> of(String list, List<T> input, List<T> stored, Function<T, UUID> id, Function<T, String> text,
			List<FieldProblem> problems) {
		var claimed = new HashSet<UUID>();
		var result = new ArrayList<UUID>();
		for (int i = 0; i < input.size(); i++) {
			UUID sent = id.apply(input.get(i));
			if (sent != null && !claimed.add(sent)) {
				problems.add(new FieldProblem(list + "[" + i + "].id", "assessment.id.duplicate"));
			}
			result.add(sent);
		}
		for (int i = 0; i < input.size(); i++) {
			if (result.get(i) == null) {
				String wanted = key(text.apply(input.get(i)));
				var same = stored.stream()
					.filter(e -> !claimed.contains(id.apply(e)) && key(text.apply(e)).equals(wanted))
					.map(id)
					.findFirst();
				same.ifPresent(claimed::add);
				result.set(i, same.orElse(null));
			}
		}
		for (int i = 0; i < input.size(); i++) {
			if (result.get(i) == null) {
				UUID there = i < stored.size() ? id.apply(stored.get(i)) : null;
				result.set(i, there != null && claimed.add(there) ? there : UUID.randomUUID());
			}
		}
		return result;
	}

	private static String key(String text) {
		return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
	}

}
