package nl.kernteam.portal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import nl.kernteam.audit.AccessAction;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.identity.FamilyAccount;
import nl.kernteam.identity.FamilyAccounts;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.Reads;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inviting family members to their own Kernteam, giving a new code, ending an account: by
 * the contact person only (the access decision's {@code FAMILY_ACCOUNTS} rule), for a
 * member of 12 or older. Every step is in the access log.
 *
 * @throws InvalidInputException for an unknown member ({@code memberId}) or one under 12
 */
@Service
@Transactional
public class FamilyAccountManagement {

	/** From this age a young person has a say in their own file (DOMAIN.md C.5). */
	static final int MINIMUM_AGE = 12;

	private final HouseholdAccess access;

	private final FamilyAccounts accounts;

	private final PortalRepository portal;

	private final Clock clock;

	FamilyAccountManagement(HouseholdAccess access, FamilyAccounts accounts, PortalRepository portal, Clock clock) {
		this.access = access;
		this.accounts = accounts;
		this.portal = portal;
		this.clock = clock;
	}

	public FamilyAccounts.Invitation invite(Actor actor, HouseholdId household, UUID memberId) {
		access.write(actor, household, HouseholdItem.FAMILY_ACCOUNTS, AccessAction.CREATE, "family-account");
		var member = portal.member(household.value(), memberId)
			.orElseThrow(() -> new InvalidInputException("memberId", "portal.account.unknownMember"));
		if (member.ageOn(AmsterdamTime.today(clock)) < MINIMUM_AGE) {
			throw new InvalidInputException("memberId", "portal.account.tooYoung");
		}
		return accounts.invite(actor, household.value(), member.id(), member.name());
	}

	public FamilyAccounts.Invitation newCode(Actor actor, HouseholdId household, UUID accountId) {
		access.write(actor, household, HouseholdItem.FAMILY_ACCOUNTS, AccessAction.UPDATE,
				"family-account:" + accountId);
		return accounts.newCode(household.value(), accountId);
	}

	public void end(Actor actor, HouseholdId household, UUID accountId) {
		access.write(actor, household, HouseholdItem.FAMILY_ACCOUNTS, AccessAction.UPDATE,
				"family-account:" + accountId);
		accounts.end(actor, household.value(), accountId);
	}

	public List<FamilyAccount> accounts(Actor actor, HouseholdId household) {
		access.read(actor, household, HouseholdItem.FAMILY_ACCOUNTS, "family-accounts");
		return accounts.ofHousehold(household.value());
	}

	/**
	 * The letter that hands the code over: for whom, the code and until when it works,
	 * and who to call. Made right after the invitation or new code, in the same request;
	 * the code is not kept.
	 */
	ActivationLetter letter(Actor actor, HouseholdId household, FamilyAccounts.Invitation invitation) {
		var account = accounts.find(invitation.accountId()).orElseThrow();
		var contact = portal.household(household.value()).contactPerson();
		return new ActivationLetter(household.value(), account.memberName(), invitation.activationCode(),
				invitation.expiresAt().atZone(AmsterdamTime.ZONE).toLocalDate(), contact);
	}

	/**
	 * Every member of 12 or older with their live account, if any, for the household
	 * page; whether the actor may invite (the contact person). Read with the page's other
	 * reads.
	 */
	public Supplier<FamilyAccountsOverview> overview(Actor actor, HouseholdId household, Reads reads) {
		access.read(actor, household, HouseholdItem.FAMILY_ACCOUNTS, "family-accounts");
		var accountsRead = accounts.ofHousehold(household.value(), reads);
		var membersRead = portal.members(household.value(), reads);
		boolean mayManage = access.mayAdd(actor, household, HouseholdItem.FAMILY_ACCOUNTS);
		var today = AmsterdamTime.today(clock);
		var now = clock.instant();
		return () -> {
			var all = accountsRead.get();
			var rows = membersRead.get().stream().filter(member -> member.ageOn(today) >= MINIMUM_AGE).map(member -> {
				var account = all.stream()
					.filter(live -> live.memberId().equals(member.id()) && live.endedAt() == null)
					.findFirst()
					.orElse(null);
				return new FamilyAccountsOverview.Row(member.id(), member.name(), member.ageOn(today), account,
						account == null ? "NONE" : account.status(now).name());
			}).toList();
			return new FamilyAccountsOverview(household.value(), mayManage, rows);
		};
	}

}
