package nl.kernteam.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Describes changes between versions in words, for the history and for a refused save.
 */
@Component
class ChangeTexts {

	static final String DATE = "DATE";

	private static final Set<String> ENUM_FIELDS = Set.of("kind", "certainty", "acuteUnsafety", "structuralUnsafety",
			"developmentalThreat", "familyPosition");

	private final MessageSource messages;

	ChangeTexts(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The changes in words, grouped by part ({@value #DATE} for the date), in the order
	 * of the page.
	 */
	Map<String, List<String>> byPart(List<Change> changes, Locale locale) {
		var result = new LinkedHashMap<String, List<String>>();
		for (Change change : changes) {
			String part = change.part() == null ? DATE : change.part().name();
			result.computeIfAbsent(part, p -> new java.util.ArrayList<>()).add(describe(change, locale));
		}
		return result;
	}

	/** The change in words with the part it belongs to, for the history. */
	String describeInPart(Change change, Locale locale) {
		String text = describe(change, locale);
		return change.part() == null ? text
				: text("assessment.change.inPart", locale, text("assessment.partShort." + change.part(), locale), text);
	}

	String describe(Change change, Locale locale) {
		return switch (change.field()) {
			case "added" -> text("assessment.change.added", locale, change.after());
			case "removed" -> text("assessment.change.removed", locale, change.before());
			default -> {
				String field = text("assessment.field." + change.field(), locale);
				String before = value(change, change.before(), locale);
				String after = value(change, change.after(), locale);
				yield change.subject() == null ? text("assessment.change.changed", locale, field, before, after)
						: text("assessment.change.changedOf", locale, field, change.subject(), before, after);
			}
		};
	}

	private String value(Change change, String value, Locale locale) {
		if (value == null) {
			return text("assessment.change.empty", locale);
		}
		if (!ENUM_FIELDS.contains(change.field())) {
			return value;
		}
		String type = switch (change.field()) {
			case "kind" -> change.part() == Part.VIEWS ? "participantKind"
					: change.part() == Part.KEY_DECISIONS ? "decisionKind" : "itemKind";
			case "acuteUnsafety", "structuralUnsafety", "developmentalThreat" -> "answer";
			default -> change.field();
		};
		return text("assessment." + type + "." + value, locale);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

}
