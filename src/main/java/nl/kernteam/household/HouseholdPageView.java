package nl.kernteam.household;

import java.time.LocalDate;
import java.util.List;

import gg.jte.Content;
import nl.kernteam.shared.web.PageTexts;

/**
 * The household page's own part as {@code household/page.jte} shows it (issue 19): the
 * heading with its actions, the members and the modules' sections as HTML, every text
 * ready in the request's language.
 *
 * @param emergency the warning that the page is read under emergency access, or
 * {@code null}
 * @param editHref the link to change the household, {@code null} under emergency access
 * @param sections each module's section as its jte template made it (written as it is)
 */
record HouseholdPageView(String name, String emergency, String familySystemHref, String familySystem,
		String lifeDomainsHref, String lifeDomains, String editHref, String edit, String membersHeading,
		List<MemberView> members, List<Content> sections) {

	static HouseholdPageView of(HouseholdDetails household, List<String> sections, LocalDate today, PageTexts texts) {
		String base = texts.href("/households/" + household.id());
		String emergency = !household.emergency() ? null
				: (household.emergencyUntil() != null)
						? texts.text("network.emergency.activeUntil",
								texts.date(household.emergencyUntil(), "d-M-yyyy HH:mm"))
						: texts.text("network.emergency.active");
		return new HouseholdPageView(household.name(), emergency, base + "/family-system",
				texts.text("household.familySystem.action"), base + "/life-domains",
				texts.text("household.lifeDomains.action"), household.emergency() ? null : base + "/edit",
				texts.text("household.edit.action"), texts.text("household.members"),
				MemberView.of(household.members(), today, texts),
				sections.stream().map((html) -> (Content) (output) -> output.writeContent(html)).toList());
	}

}
