package nl.kernteam.network;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.validation.ReadableName;
import nl.kernteam.shared.validation.PlausibleDate;

/**
 * A short contact note: what kind of contact, when, who was there, what happened, and for
 * whom: the core team (the default) or the whole network.
 */
public record AddNote(UUID id, @NotNull(message = "{network.note.kind.required}") NoteKind kind,
		@NotNull(message = "{network.note.date.required}") @PastOrPresent(
				message = "{network.note.date.future}") @PlausibleDate LocalDate occurredOn,
		@Size(max = 30) List<@Size(max = 200) @ReadableName String> present,
		@NotBlank(message = "{network.note.text.required}") @Size(max = 4000) @PlainText String text,
		NoteAudience audience) {

	public AddNote(UUID id, NoteKind kind, LocalDate occurredOn, List<String> present, String text) {
		this(id, kind, occurredOn, present, text, null);
	}

	public AddNote {
		audience = audience == null ? NoteAudience.CORE_TEAM : audience;
		present = present == null ? List.of()
				: present.stream().filter(p -> p != null && !p.isBlank()).map(String::trim).toList();
	}
}
