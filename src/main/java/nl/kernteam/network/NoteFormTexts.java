package nl.kernteam.network;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.kernteam.shared.PerLanguage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The note form's labels and choices, made once per language (issue 19): the form is on
 * every household page, closed, and each {@code #{...}} in it was a lookup per page view.
 * {@link NoteForms} puts them into the form's view for {@code network/note-form.jte},
 * which shows a refused note's values and errors as {@code th:field} did. Only Dutch and
 * English are kept, so {@code ?lang=} cannot grow the cache.
 */
@Component
class NoteFormTexts {

	private final MessageSource messages;

	private final PerLanguage<Texts> made = new PerLanguage<>(this::make);

	NoteFormTexts(MessageSource messages) {
		this.messages = messages;
	}

	Texts of(Locale locale) {
		return made.of(locale);
	}

	private Texts make(Locale locale) {
		var audiences = new EnumMap<NoteAudience, String>(NoteAudience.class);
		for (var audience : NoteAudience.values()) {
			audiences.put(audience, text("network.note.audience." + audience, locale));
		}
		return new Texts(text("network.note.kind", locale), text("network.note.date", locale),
				text("network.note.present", locale), text("network.note.others", locale),
				text("form.optional", locale), text("network.note.text", locale), text("network.note.audience", locale),
				text("network.note.audience.hint", locale), text("network.note.submit", locale),
				Arrays.stream(NoteKind.values())
					.map((kind) -> new KindChoice(kind, text("network.note.kind." + kind, locale)))
					.toList(),
				audiences);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	/**
	 * @param kinds every kind of contact, in order, with its label
	 */
	public record Texts(String kind, String date, String present, String others, String optional, String text,
			String audience, String audienceHint, String submit, List<KindChoice> kinds,
			Map<NoteAudience, String> audienceLabels) {

		/** The label of a choice of audience. */
		public String audienceLabel(NoteAudience audience) {
			return audienceLabels.get(audience);
		}
	}

	/** A kind of contact as the select offers it. */
	public record KindChoice(NoteKind value, String text) {
	}

}
