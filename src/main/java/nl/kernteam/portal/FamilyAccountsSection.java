package nl.kernteam.portal;

import java.util.function.Supplier;

import nl.kernteam.household.DecidedHousehold;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.household.HouseholdPageSection;
import nl.kernteam.shared.Reads;
import nl.kernteam.shared.web.CsrfField;
import nl.kernteam.shared.web.Fragments;
import nl.kernteam.shared.web.PageTexts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Who of the family has their own Kernteam, on the household page for the core team; the
 * contact person invites, gives a new code and ends accounts from here; shown as a
 * {@link FamilyAccountsView} by a jte template (issue 19).
 */
@Component
class FamilyAccountsSection implements HouseholdPageSection {

	private final FamilyAccountManagement management;

	private final MessageSource messages;

	FamilyAccountsSection(FamilyAccountManagement management, MessageSource messages) {
		this.management = management;
		this.messages = messages;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public HouseholdItem item() {
		return HouseholdItem.FAMILY_ACCOUNTS;
	}

	@Override
	public Supplier<String> html(DecidedHousehold decided, Reads reads) {
		var read = management.overview(decided.actor(), decided.household(), reads);
		return () -> html(read.get());
	}

	private String html(FamilyAccountsOverview overview) {
		var texts = PageTexts.current(messages);
		String accounts = texts.href("/households/" + overview.householdId() + "/family-accounts");
		var rows = overview.rows().stream().map(row -> row(row, overview.mayManage(), accounts, texts)).toList();
		return Fragments.render("portal/accounts-section.jte",
				new FamilyAccountsView(texts.text("portal.pro.title"), texts.text("portal.pro.intro"),
						texts.text("portal.pro.nobody"), overview.mayManage(), rows, CsrfField.current()));
	}

	private static FamilyAccountsView.Row row(FamilyAccountsOverview.Row row, boolean mayManage, String accounts,
			PageTexts texts) {
		var account = row.account();
		String codeUntil = account == null || account.codeExpiresAt() == null ? null
				: texts.text("portal.pro.codeUntil", texts.date(account.codeExpiresAt(), "d-M-yyyy"));
		boolean invite = mayManage && account == null;
		boolean manage = mayManage && account != null;
		String accountHref = manage ? accounts + "/" + account.id() : null;
		return new FamilyAccountsView.Row(row.memberId(), row.name(), texts.text("portal.pro.age", row.age()),
				texts.text("portal.pro.status." + row.status()), codeUntil, invite ? accounts : null,
				invite ? texts.text("portal.pro.invite", row.name()) : null, manage ? accountHref + "/code" : null,
				manage ? texts.text("portal.pro.newCode", row.name()) : null, manage ? accountHref + "/end" : null,
				manage ? texts.text("portal.pro.end", row.name()) : null);
	}

}
