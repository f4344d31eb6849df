package nl.kernteam.learning;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Whether the team keeps reflection and intervision on the agenda: when it last met, and
 * when each professional last reflected and attended; {@code slipping} when that is more
 * than {@value #WEEKS} weeks ago or never. Dates only: never what was reflected.
 */
public record Rhythm(LocalDate teamLastMet, boolean teamSlipping, List<Member> members) {

	public static final int WEEKS = 6;

	public record Member(UUID professionalId, String name, LocalDate lastReflected, LocalDate lastIntervision,
			boolean reflectionSlipping, boolean intervisionSlipping) {
	}

	static boolean slipping(LocalDate last, LocalDate today) {
		return last == null || last.isBefore(today.minusWeeks(WEEKS));
	}

}
