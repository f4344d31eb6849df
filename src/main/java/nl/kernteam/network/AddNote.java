package nl.kernteam.network;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** A short contact note: what kind of contact, when, who was there, and what happened. */
public record AddNote(UUID id, @NotNull(message = "{network.note.kind.required}") NoteKind kind,
		@NotNull(message = "{network.note.date.required}") @PastOrPresent(message = "{network.note.date.future}") LocalDate occurredOn,
		@Size(max = 30) List<@Size(max = 200) String> present,
		@NotBlank(message = "{network.note.text.required}") @Size(max = 4000) String text) {

	public AddNote {
		present = present == null ? List.of() : present.stream().filter(p -> p != null && !p.isBlank()).map(String::trim).toList();
	}
}
