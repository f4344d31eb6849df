package nl.kernteam.household;

import java.time.LocalDate;
import java.util.List;

import nl.kernteam.shared.web.PageTexts;

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
	static List<MemberView> of(List<MemberDetails> members, LocalDate today, PageTexts texts) {
		return members.stream().map((m) -> of(m, today, texts)).toList();
	}

	private static MemberView of(MemberDetails m, LocalDate today, PageTexts texts) {
		return new MemberView(m.fullName(), texts.text("household.role." + m.role()),
				texts.text("household.member.age", m.ageOn(today)), texts.date(m.birthDate(), "d-M-yyyy"),
				m.bsnMasked() == null ? null : texts.text("household.member.bsnShort", m.bsnMasked()),
				m.residence() == null || m.residence() == Residence.HERE ? null
						: texts.text("household.residence.short." + m.residence()),
				m.phone(), m.phone() == null ? null : "tel:" + m.phone().replace(" ", ""), m.email(),
				m.email() == null ? null : "mailto:" + m.email());
	}

}
