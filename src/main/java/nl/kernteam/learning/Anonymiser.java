package nl.kernteam.learning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Replaces the names in a case review by roles, for learning sessions: family members by
 * "ouder 1", "kind 1" ..., professionals by "professional A (lokaal team)" in the order
 * they appear, organisations by their type, the household's name by "het gezin". Free
 * text the review team wrote is searched for every such name (whole words, any case).
 */
final class Anonymiser {

	private final Map<String, String> replacements = new LinkedHashMap<>();

	private final Map<UUID, String> professionals = new HashMap<>();

	private final Function<String, String> text;

	/**
	 * @param text the message for a key and its arguments (roles and types are shown in
	 * Dutch as the page shows them)
	 */
	Anonymiser(String householdName, List<String[]> members, List<CaseReviewStep> steps,
			Function<String, String> text) {
		this.text = text;
		Map<String, Integer> counts = new HashMap<>();
		var names = new ArrayList<String[]>();
		for (String[] member : members) {
			int n = counts.merge(member[2], 1, Integer::sum);
			String role = text.apply("learning.anonymous.member." + member[2]) + " " + n;
			names.add(new String[] { member[0] + " " + member[1], role });
			names.add(new String[] { member[0], role });
			names.add(new String[] { member[1], text.apply("learning.anonymous.household") });
		}
		names.add(new String[] { householdName, text.apply("learning.anonymous.household") });
		Map<UUID, String> types = new HashMap<>();
		steps.forEach(s -> {
			if (s.actorId() != null && s.organisationType() != null) {
				types.putIfAbsent(s.actorId(), s.organisationType());
			}
		});
		Map<UUID, String> fullNames = new HashMap<>();
		for (var s : steps) {
			label(s.actorId(), s.actorName(), types, fullNames);
			label(s.subjectId(), s.subjectName(), types, fullNames);
		}
		fullNames.forEach((id, name) -> {
			names.add(new String[] { name, professionals.get(id) });
			String[] parts = name.trim().split("\\s+");
			if (parts.length > 1) {
				for (String part : new String[] { parts[0], parts[parts.length - 1] }) {
					if (part.length() >= 3) {
						names.add(new String[] { part, professionals.get(id) });
					}
				}
			}
		});
		// longest first, so that a full name goes before its parts
		names.stream()
			.filter(n -> n[0] != null && !n[0].isBlank())
			.sorted(Comparator.comparingInt((String[] n) -> n[0].length()).reversed())
			.forEach(n -> replacements.putIfAbsent(n[0].toLowerCase(Locale.ROOT), n[1]));
	}

	private void label(UUID id, String name, Map<UUID, String> types, Map<UUID, String> fullNames) {
		if (id == null || professionals.containsKey(id)) {
			return;
		}
		String letter = String.valueOf((char) ('A' + professionals.size() % 26))
				+ (professionals.size() >= 26 ? professionals.size() / 26 : "");
		String type = types.get(id);
		professionals.put(id,
				type == null ? text.apply("learning.anonymous.professional") + " " + letter
						: text.apply("learning.anonymous.professional") + " " + letter + " ("
								+ text.apply("organisationType." + type).toLowerCase(Locale.ROOT) + ")");
		if (name != null) {
			fullNames.put(id, name);
		}
	}

	/** The professional's role label. */
	String professional(UUID id) {
		return id == null ? null : professionals.get(id);
	}

	/** The organisation by its type. */
	String organisation(String type) {
		return type == null ? null : text.apply("organisationType." + type);
	}

	/** Free text with every known name replaced. */
	String scrub(String free) {
		if (free == null) {
			return null;
		}
		String result = free;
		for (var e : replacements.entrySet()) {
			result = Pattern
				.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(e.getKey()) + "(?![\\p{L}\\p{N}])",
						Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
				.matcher(result)
				.replaceAll(java.util.regex.Matcher.quoteReplacement(e.getValue()));
		}
		return result;
	}

}
