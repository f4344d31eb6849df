package nl.kernteam.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Time is stored in UTC and shown, and days are counted, in Amsterdam: the one place that
 * names the zone.
 */
public final class AmsterdamTime {

	/** For annotations, which need a constant text. */
	public static final String ZONE_NAME = "Europe/Amsterdam";

	public static final ZoneId ZONE = ZoneId.of(ZONE_NAME);

	private AmsterdamTime() {
	}

	/** Today in Amsterdam by the application's {@link Clock}. */
	public static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(ZONE));
	}

}
