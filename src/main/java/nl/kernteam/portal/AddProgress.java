package nl.kernteam.portal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;

/**
 * Progress on the member's own agreement, in their words; {@code done} ticks it off as
 * far as they are concerned.
 */
record AddProgress(Boolean done,
		@NotBlank(message = "{portal.progress.text.required}") @Size(max = 2000) @PlainText String text) {

	boolean isDone() {
		return Boolean.TRUE.equals(done);
	}

}
