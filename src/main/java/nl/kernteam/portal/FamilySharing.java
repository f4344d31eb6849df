package nl.kernteam.portal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.kernteam.audit.AccessAction;
import nl.kernteam.household.FamilyAccess;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.shared.FamilyMember;
import nl.kernteam.shared.ForbiddenException;
import nl.kernteam.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * From 16 a family member decides who else in the family sees what concerns them
 * ({@link FamilySight}'s {@code IF_ALLOWED}): a setting on their own page, through
 * {@link FamilyAccess} and so in the access log.
 *
 * @throws ForbiddenException for a member under 16
 * @throws InvalidInputException for someone not in the household, or themselves
 */
@Service
@Transactional
class FamilySharing {

	private final FamilyAccess access;

	private final FamilyQueries queries;

	private final PortalRepository portal;

	private final WithholdingRepository repository;

	private final Clock clock;

	FamilySharing(FamilyAccess access, FamilyQueries queries, PortalRepository portal, WithholdingRepository repository,
			Clock clock) {
		this.access = access;
		this.queries = queries;
		this.portal = portal;
		this.repository = repository;
		this.clock = clock;
	}

	/** Whether the member decides, whom they may choose from, and whom they allow now. */
	Setting setting(FamilyMember member) {
		access.read(member, HouseholdItem.FAMILY_VOICE, "family-sharing");
		var viewer = queries.viewer(member);
		var others = portal.household(member.householdId())
			.members()
			.stream()
			.filter(m -> !m.id().equals(member.memberId()))
			.toList();
		return new Setting(viewer.decidesOwnSharing(), others,
				repository.allows(member.householdId(), member.memberId()));
	}

	void allow(FamilyMember member, Set<UUID> viewers) {
		access.write(member, AccessAction.UPDATE, "family-sharing");
		if (!queries.viewer(member).decidesOwnSharing()) {
			throw new ForbiddenException("portal.sharing.from16");
		}
		if (viewers.size() > 30) {
			throw new InvalidInputException("allowed", "portal.account.unknownMember");
		}
		for (UUID viewer : viewers) {
			if (viewer.equals(member.memberId()) || portal.member(member.householdId(), viewer).isEmpty()) {
				throw new InvalidInputException("allowed", "portal.account.unknownMember");
			}
		}
		repository.allow(member.householdId(), member.memberId(), viewers, clock.instant());
	}

	/**
	 * @param decides whether this member decides (16 or older)
	 * @param others the other members of the household
	 * @param allowed whom the member allows to see what concerns them
	 */
	record Setting(boolean decides, List<FamilyHousehold.Member> others, Set<UUID> allowed) {
	}

}
