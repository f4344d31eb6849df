package nl.kernteam.household;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import nl.kernteam.shared.DisplayDates;
import org.springframework.context.MessageSource;

/**
 * A member as the household page's members list shows it, every text ready in the
 * request's language (issue 19: no message lookups, date formatting or string building
 * per member in the template).
 *
 * @param bsn "BSN …" with the masked number, or {@code null} without one
 * @param residence where they live when that is not here, or {@code null}
 * @param phoneHref the {@code tel:} link, or {@code null} without a phone number
 * @param emailHref the {@code mailto:} link, or {@code null} without an email address
 */
public record MemberView(String name, String role, String age, String birthDate, String bsn, String residence,
		String phone, String phoneHref, String email, String emailHref) {

	/** The members as the list shows them on the given day. */
	static List<MemberView> of(List<MemberDetails> members, LocalDate today, MessageSource messages, Locale locale) {
		DateTimeFormatter dates = DisplayDates.of("d-M-yyyy", locale);
		return members.stream().map((m) -> of(m, today, messages, locale, dates)).toList();
	}

	private static MemberView of(MemberDetails m, LocalDate today, MessageSource messages, Locale locale,
			DateTimeFormatter dates) {
		return new MemberView(m.fullName(), messages.getMessage("household.role." + m.role(), null, locale),
				messages.getMessage("household.member.age", new Object[] { m.ageOn(today) }, locale),
				dates.format(m.birthDate()),
				m.bsnMasked() == null ? null
						: messages.getMessage("household.member.bsnShort", new Object[] { m.bsnMasked() }, locale),
				m.residence() == null || m.residence() == Residence.HERE ? null
						: messages.getMessage("household.residence.short." + m.residence(), null, locale),
				m.phone(), m.phone() == null ? null : "tel:" + m.phone().replace(" ", ""), m.email(),
				m.email() == null ? null : "mailto:" + m.email());
	}

}
