package nl.kernteam.network;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.kernteam.household.MemberDetails;
import nl.kernteam.household.RelationDetails;
import nl.kernteam.shared.InvalidInputException;

/**
 * Who must consent before a household's items are shared on the basis of consent
 * (DOMAIN.md C.5, issue 11). What is shared (joint assessments, core-team notes) is about
 * the whole household, so it is about every child in it:
 * <ul>
 * <li>an adult consents for themselves; the adults who consent are named, not every adult
 * is needed;</li>
 * <li>a young person of 16 or 17 decides alone: they must be among those who
 * consented;</li>
 * <li>a child of 12 to 15 consents together with the parents with authority (gezag) over
 * them: all of them;</li>
 * <li>for a child under 12 the parents with authority consent; the child itself is not
 * asked to consent;</li>
 * <li>where no parent with authority is recorded among the members (not yet recorded, or
 * a certified agency is guardian), at least one adult of the household must have
 * consented.</li>
 * </ul>
 * Ages are counted on the day of sharing. A child who turns 16 while a share runs does
 * not end it; a share is revoked when consent is withdrawn.
 */
final class ConsentRule {

	static final int OWN_SAY = 12;

	static final int ALONE = 16;

	static final int ADULT = 18;

	private ConsentRule() {
	}

	/**
	 * @throws InvalidInputException on {@code consentOf} when the consent named does not
	 * suffice
	 */
	static void check(Collection<UUID> consentOf, List<MemberDetails> members, List<RelationDetails> relations,
			LocalDate day) {
		if (consentOf.isEmpty()) {
			throw problem("network.share.consentOf.required");
		}
		Set<UUID> consenting = Set.copyOf(consentOf);
		var memberIds = members.stream().map(MemberDetails::id).toList();
		if (!memberIds.containsAll(consenting)) {
			throw problem("network.share.consentOf.notAMember");
		}
		if (members.stream().anyMatch(m -> consenting.contains(m.id()) && m.ageOn(day) < OWN_SAY)) {
			throw problem("network.share.consentOf.underTwelve");
		}
		boolean anAdult = members.stream().anyMatch(m -> consenting.contains(m.id()) && m.ageOn(day) >= ADULT);
		for (MemberDetails child : members) {
			int age = child.ageOn(day);
			if (age >= ADULT) {
				continue;
			}
			if (age >= ALONE) {
				if (!consenting.contains(child.id())) {
					throw problem("network.share.consentOf.youngPersonDecides");
				}
				continue;
			}
			if (age >= OWN_SAY && !consenting.contains(child.id())) {
				throw problem("network.share.consentOf.childHasASay");
			}
			var withAuthority = parentsWithAuthority(child, memberIds, relations);
			if (withAuthority.isEmpty() ? !anAdult : !consenting.containsAll(withAuthority)) {
				throw problem(withAuthority.isEmpty() ? "network.share.consentOf.anAdult"
						: "network.share.consentOf.parentsWithAuthority");
			}
		}
	}

	/**
	 * The members with parental authority over the child, as the household's relations
	 * record it.
	 */
	static List<UUID> parentsWithAuthority(MemberDetails child, List<UUID> memberIds, List<RelationDetails> relations) {
		return relations.stream()
			.filter(r -> r.parentalAuthority() && child.id().equals(r.toMemberId()) && r.fromMemberId() != null
					&& memberIds.contains(r.fromMemberId()))
			.map(RelationDetails::fromMemberId)
			.distinct()
			.toList();
	}

	private static InvalidInputException problem(String key) {
		return new InvalidInputException("consentOf", key);
	}

}
