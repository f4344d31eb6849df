package nl.kernteam.safetyteam;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Working-day arithmetic for the statutory clocks: Saturdays, Sundays and the Dutch
 * public holidays of the Jollyday calendar for the Netherlands do not count (New Year,
 * Easter Monday, King's Day, Ascension, Whit Monday, both Christmas days). Good Friday,
 * an observance there, counts as a working day. Liberation Day (5 May) counts as a
 * working day except in lustrum years (2025, 2030 ...), when most employers give it off:
 * a clock that warns a day early is safer for a child than one that warns a day late.
 */
public final class WorkingDays {

	private static final MonthDay LIBERATION_DAY = MonthDay.of(5, 5);

	private static final HolidayManager NETHERLANDS = HolidayManager
		.getInstance(ManagerParameters.create(HolidayCalendar.NETHERLANDS));

	private static final Map<Integer, Set<LocalDate>> HOLIDAYS = new ConcurrentHashMap<>();

	private WorkingDays() {
	}

	/**
	 * The date {@code days} working days after {@code date}; {@code date} itself never
	 * counts, so 0 gives {@code date}.
	 */
	public static LocalDate add(LocalDate date, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("negative working days: " + days);
		}
		LocalDate day = date;
		for (int counted = 0; counted < days;) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	public static boolean isWorkingDay(LocalDate date) {
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
				&& !holidays(date.getYear()).contains(date);
	}

	private static Set<LocalDate> holidays(int year) {
		return HOLIDAYS.computeIfAbsent(year, WorkingDays::load);
	}

	private static Set<LocalDate> load(int year) {
		return NETHERLANDS.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY)
			.stream()
			.map(holiday -> holiday.getDate())
			.filter(date -> !LIBERATION_DAY.equals(MonthDay.from(date)) || year % 5 == 0)
			.collect(Collectors.toUnmodifiableSet());
	}

}
