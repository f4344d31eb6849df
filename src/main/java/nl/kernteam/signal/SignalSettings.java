package nl.kernteam.signal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;

import nl.kernteam.shared.AmsterdamTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long signals live, after the Verwijsindex: active for two years, archived for five
 * more, and ended when the young person turns 23.
 *
 * @param activePeriod how long a signal matches after it was registered
 * ({@code kernteam.signals.active-period})
 * @param archivePeriod how long an ended signal stays in the archive before it is deleted
 * @param maxAge the age at which a signal on a young person ends; signals on older people
 * end by period only
 */
@ConfigurationProperties("kernteam.signals")
record SignalSettings(@DefaultValue("P2Y") Period activePeriod, @DefaultValue("P5Y") Period archivePeriod,
		@DefaultValue("23") int maxAge) {

	/** Signals registered after this moment are still within their active period. */
	Instant activeSince(Instant now) {
		return now.atOffset(ZoneOffset.UTC).minus(activePeriod).toInstant();
	}

	/** When a signal registered at this moment stops matching by period. */
	Instant activeUntil(Instant registeredAt) {
		return registeredAt.atOffset(ZoneOffset.UTC).plus(activePeriod).toInstant();
	}

	/** Ended signals archived before this moment are deleted. */
	Instant archivedBefore(Instant now) {
		return now.atOffset(ZoneOffset.UTC).minus(archivePeriod).toInstant();
	}

	/** People born on or before this date have reached the age limit. */
	LocalDate bornOnOrBefore(Instant now) {
		return LocalDate.ofInstant(now, AmsterdamTime.ZONE).minusYears(maxAge);
	}

	/** Whether the age rule applies: the person has not reached the age limit yet. */
	boolean underAgeLimit(LocalDate birthDate, Instant now) {
		return birthDate != null && birthDate.isAfter(bornOnOrBefore(now));
	}
}
