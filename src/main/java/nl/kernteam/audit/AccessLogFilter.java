package nl.kernteam.audit;

import java.time.LocalDate;

/**
 * What the privacy officer looks for in the whole access log: a period (Amsterdam dates,
 * both ends included), part of a professional's name, an action, and only emergency
 * accesses or none of them.
 *
 * @param from first day; {@code null}: thirty days before {@code to}
 * @param to last day; {@code null}: today
 * @param professional part of the name of whoever accessed; {@code null} or blank: anyone
 * @param action one kind of access; {@code null}: every kind
 * @param emergency {@code true} only emergency accesses, {@code false} none, {@code null}
 * both
 */
public record AccessLogFilter(LocalDate from, LocalDate to, String professional, AccessAction action,
		Boolean emergency) {

	/** The longest period one search or export spans. */
	public static final int MAX_DAYS = 366;

	/** The filter as asked for, its period completed and bounded by today (Amsterdam). */
	public static AccessLogFilter of(LocalDate from, LocalDate to, String professional, AccessAction action,
			Boolean emergency, LocalDate today) {
		LocalDate end = to == null || to.isAfter(today) ? today : to;
		return new AccessLogFilter(from, end, professional, action, emergency);
	}

	public AccessLogFilter {
		java.util.Objects.requireNonNull(to, "to");
		from = from == null || from.isAfter(to) ? to.minusDays(30) : from;
		if (from.isBefore(to.minusDays(MAX_DAYS))) {
			from = to.minusDays(MAX_DAYS);
		}
		professional = professional == null || professional.isBlank() ? null : professional.trim();
		if (professional != null && professional.length() > 100) {
			professional = professional.substring(0, 100);
		}
	}

}
