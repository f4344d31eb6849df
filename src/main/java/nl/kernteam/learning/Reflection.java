package nl.kernteam.learning;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** A reflection as read by whoever may see it. */
public record Reflection(UUID id, LocalDate reflectedOn, String authorName, boolean byCoreTeam, boolean privateToAuthor,
		Map<Principle, String> principles) {
}
