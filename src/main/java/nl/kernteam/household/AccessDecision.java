package nl.kernteam.household;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import nl.kernteam.audit.AccessAction;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.FamilyMember;
import nl.kernteam.shared.ForbiddenException;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.RoleAccess;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The one access decision: may this actor do this to this kind of data of this household,
 * and by which rule. {@link HouseholdAccess} (the services), {@code HouseholdGuard}
 * (every endpoint under a household), the household page's sections and the timeline all
 * ask here, and the rule named in the answer is written into the access-log row. Role
 * checks outside households ({@link RoleAccess}) are answered here too.
 * <p>
 * It decides on how the actor stands to the household ({@link HouseholdAccessPolicy}),
 * the kind of data ({@link HouseholdItem}), whether the action reads, and what is shared
 * ({@link HouseholdShares}):
 * <ul>
 * <li>outside the network (never involved, or no longer): refused,
 * {@code OUTSIDE_NETWORK};</li>
 * <li>emergency access: reads everything, {@code EMERGENCY}; changes nothing,
 * {@code EMERGENCY_READS_ONLY};</li>
 * <li>contact person, director, core team, expert: everything, by their own rule; only
 * the contact person and the director change what is shared;</li>
 * <li>partner: the household, members, network, notes to the network, plan, timeline,
 * family system and life domains, {@code PARTNER}; core-team notes and joint assessments
 * only to read and only while shared, {@code PARTNER_SHARED_ASSESSMENTS} /
 * {@code PARTNER_SHARED_CORE_TEAM_NOTES}, else {@code PARTNER_NEED_TO_KNOW};</li>
 * <li>the household's access log: the privacy officer only, {@code PRIVACY_OFFICER},
 * whatever the standing;</li>
 * <li>family accounts: the core team reads, the contact person invites and ends,
 * {@code FAMILY_ACCOUNTS_BY_CONTACT_PERSON}; what the family adds only the family writes,
 * {@code FAMILY_VOICE_BY_FAMILY};</li>
 * <li>the legal track: recorded by the contact person, the director or the regional
 * safety team, {@code COURT_ORDERS_BY_CONTACT_PERSON_DIRECTOR_OR_SAFETY_TEAM};</li>
 * <li>closing the file: the contact person only, {@code CLOSING_BY_CONTACT_PERSON};
 * reopening it: {@link #decideReopening};</li>
 * <li>a family member ({@link #decideForFamily}): their own household's family pages,
 * {@code FAMILY_MEMBER}.</li>
 * </ul>
 */
@Component
public class AccessDecision implements RoleAccess {

	/** The actions that change nothing. */
	private static final Set<AccessAction> READS = EnumSet.of(AccessAction.READ, AccessAction.SEARCH,
			AccessAction.PRINT, AccessAction.EXPORT, AccessAction.VERIFY);

	/** What a partner sees without anything shared with them. */
	private static final Set<HouseholdItem> PARTNER_SEES = EnumSet.of(HouseholdItem.HOUSEHOLD, HouseholdItem.MEMBERS,
			HouseholdItem.NETWORK, HouseholdItem.NETWORK_NOTES, HouseholdItem.PLAN, HouseholdItem.TIMELINE,
			HouseholdItem.FAMILY_SYSTEM, HouseholdItem.LIFE_DOMAINS);

	/** What a family member reads of their own household. */
	private static final Set<HouseholdItem> FAMILY_SEES = EnumSet.of(HouseholdItem.HOUSEHOLD, HouseholdItem.MEMBERS,
			HouseholdItem.NETWORK, HouseholdItem.ASSESSMENTS, HouseholdItem.PLAN, HouseholdItem.ACCESS_LOG,
			HouseholdItem.SHARES, HouseholdItem.FAMILY_VOICE, HouseholdItem.LEGAL_TRACK);

	private final HouseholdAccessPolicy policy;

	private final ObjectProvider<HouseholdShares> shares;

	private final Clock clock;

	AccessDecision(HouseholdAccessPolicy policy, ObjectProvider<HouseholdShares> shares, Clock clock) {
		this.policy = policy;
		this.shares = shares;
		this.clock = clock;
	}

	/** The answer for the actor's standing now; the caller logs it, with its rule. */
	public Answer decide(Actor actor, HouseholdId household, HouseholdItem item, AccessAction action) {
		return decide(actor, household, standing(actor, household), item, action);
	}

	/**
	 * Whether the actor may read this kind of the household's data now, unlogged: menus.
	 */
	public boolean mayRead(Actor actor, HouseholdId household, HouseholdItem item) {
		return decide(actor, household, item, AccessAction.READ).granted();
	}

	/**
	 * How the actor stands to the household now: as decided for the current page
	 * ({@link DecidedHousehold}), or asked.
	 */
	public Standing standing(Actor actor, HouseholdId household) {
		var decided = DecidedHousehold.bound(actor, household);
		return decided != null ? decided.standing() : policy.standing(actor, household);
	}

	/**
	 * When the actor's running emergency access to the household ends, or {@code null}.
	 */
	public java.time.Instant emergencyEndsAt(Actor actor, HouseholdId household) {
		var decided = DecidedHousehold.bound(actor, household);
		if (decided != null) {
			return decided.emergencyEndsAt();
		}
		return policy.emergencyEndsAt(actor, household).orElse(null);
	}

	/**
	 * The 403 for a refusal, carrying what its page needs: outside the network, a
	 * professional is offered to break the glass (only they may).
	 */
	public ForbiddenException refusal(Actor actor, HouseholdId household, Answer answer) {
		boolean offer = "OUTSIDE_NETWORK".equals(answer.rule()) && holds(actor, Role.PROFESSIONAL);
		return new ForbiddenException(answer.refusalKey(), offer ? household.value() : null);
	}

	Answer decide(Actor actor, HouseholdId household, Standing standing, HouseholdItem item, AccessAction action) {
		boolean reads = READS.contains(action);
		if (item == HouseholdItem.ACCESS_LOG) {
			return holds(actor, Role.PRIVACY_OFFICER) && reads ? Answer.grant("PRIVACY_OFFICER", standing)
					: Answer.refuse("PRIVACY_OFFICER_ONLY", standing);
		}
		switch (standing) {
			case NONE:
				return Answer.refuse("OUTSIDE_NETWORK", standing);
			case EMERGENCY:
				return reads ? Answer.grant("EMERGENCY", standing) : Answer.refuse("EMERGENCY_READS_ONLY", standing);
			case PARTNER:
				return partner(actor, household, item, reads);
			default:
				if (!reads && standing != Standing.CONTACT_PERSON && standing != Standing.DIRECTOR) {
					if (item == HouseholdItem.SHARES) {
						return Answer.refuse("SHARES_BY_CONTACT_PERSON_OR_DIRECTOR", standing);
					}
					if (item == HouseholdItem.NETWORK_MANAGEMENT) {
						return Answer.refuse("NETWORK_BY_CONTACT_PERSON_OR_DIRECTOR", standing);
					}
				}
				if (!reads && item == HouseholdItem.FAMILY_ACCOUNTS && standing != Standing.CONTACT_PERSON) {
					return Answer.refuse("FAMILY_ACCOUNTS_BY_CONTACT_PERSON", standing);
				}
				if (!reads && item == HouseholdItem.CLOSURE && standing != Standing.CONTACT_PERSON) {
					return Answer.refuse("CLOSING_BY_CONTACT_PERSON", standing);
				}
				if (!reads && item == HouseholdItem.LEGAL_TRACK && standing != Standing.CONTACT_PERSON
						&& standing != Standing.DIRECTOR
						&& (actor.organisationType() == null || !actor.organisationType().isRegionalSafetyTeam())) {
					return Answer.refuse("COURT_ORDERS_BY_CONTACT_PERSON_DIRECTOR_OR_SAFETY_TEAM", standing);
				}
				if (!reads && item == HouseholdItem.FAMILY_VOICE) {
					return Answer.refuse("FAMILY_VOICE_BY_FAMILY", standing);
				}
				return Answer.grant(standing.name(), standing);
		}
	}

	/**
	 * Who may reopen a closed household's file (nobody is involved any more): its last
	 * contact person, {@code LAST_CONTACT_PERSON}, or a team lead of the organisation
	 * that contact person works for, {@code TEAM_LEAD_OF_LAST_CONTACT_PERSON}.
	 */
	public Answer decideReopening(Actor actor, HouseholdId household) {
		var last = policy.lastContactPerson(household);
		if (last.isPresent() && last.get().professionalId().equals(actor.professionalId())) {
			return Answer.grant("LAST_CONTACT_PERSON", Standing.NONE);
		}
		if (last.isPresent() && leadsTeamOf(actor, last.get().organisationId())) {
			return Answer.grant("TEAM_LEAD_OF_LAST_CONTACT_PERSON", Standing.NONE);
		}
		return Answer.refuse("REOPEN_BY_LAST_CONTACT_PERSON_OR_TEAM_LEAD", Standing.NONE);
	}

	/**
	 * Who may review a household's case (issue 16, learning), running or closed: the
	 * contact person, the director and the core team, by their own rule; a team lead of
	 * the organisation its (last) contact person works for,
	 * {@code TEAM_LEAD_OF_CONTACT_PERSON}; nobody else (not partners, experts or
	 * emergency access), {@code CASE_REVIEW_BY_CORE_TEAM_OR_TEAM_LEAD}.
	 */
	public Answer decideReview(Actor actor, HouseholdId household) {
		var standing = standing(actor, household);
		if (standing == Standing.CONTACT_PERSON || standing == Standing.DIRECTOR || standing == Standing.CORE_TEAM) {
			return Answer.grant(standing.name(), standing);
		}
		if (holds(actor, Role.TEAM_LEAD) && policy.lastContactPerson(household)
			.filter(last -> leadsTeamOf(actor, last.organisationId()))
			.isPresent()) {
			return Answer.grant("TEAM_LEAD_OF_CONTACT_PERSON", standing);
		}
		return Answer.refuse("CASE_REVIEW_BY_CORE_TEAM_OR_TEAM_LEAD", standing);
	}

	/** A team lead of the (last) contact person's organisation: reopens and reviews. */
	public boolean leadsTeamOf(Actor actor, java.util.UUID organisationId) {
		return holds(actor, Role.TEAM_LEAD) && actor.organisationId() != null
				&& actor.organisationId().equals(organisationId);
	}

	/**
	 * A family member's access: their own household only, and there only what the
	 * family's pages show ({@link #FAMILY_SEES}) and what the family adds
	 * ({@link HouseholdItem#FAMILY_VOICE}); never a professional's notes, never a change
	 * to professional data. Which items within these a member sees (age, authority,
	 * withheld) the portal decides per item.
	 * @param stillMember whether the member still belongs to the household
	 */
	public Answer decideForFamily(FamilyMember member, HouseholdId household, boolean stillMember, HouseholdItem item,
			AccessAction action) {
		if (!member.householdId().equals(household.value()) || !stillMember) {
			return Answer.refuse("FAMILY_OWN_HOUSEHOLD_ONLY", Standing.NONE);
		}
		boolean reads = READS.contains(action);
		if (item == HouseholdItem.FAMILY_VOICE || (reads && FAMILY_SEES.contains(item))) {
			return Answer.grant("FAMILY_MEMBER", Standing.NONE);
		}
		return Answer.refuse("FAMILY_NOT_THIS_ITEM", Standing.NONE);
	}

	private Answer partner(Actor actor, HouseholdId household, HouseholdItem item, boolean reads) {
		if (PARTNER_SEES.contains(item)) {
			return Answer.grant("PARTNER", Standing.PARTNER);
		}
		if (item == HouseholdItem.NETWORK_MANAGEMENT) {
			return reads ? Answer.grant("PARTNER", Standing.PARTNER)
					: Answer.refuse("NETWORK_BY_CONTACT_PERSON_OR_DIRECTOR", Standing.PARTNER);
		}
		if (item == HouseholdItem.SHARES) {
			return reads ? Answer.grant("PARTNER", Standing.PARTNER)
					: Answer.refuse("SHARES_BY_CONTACT_PERSON_OR_DIRECTOR", Standing.PARTNER);
		}
		SharedItem shareable = item == HouseholdItem.ASSESSMENTS ? SharedItem.ASSESSMENTS
				: item == HouseholdItem.CORE_TEAM_NOTES ? SharedItem.CORE_TEAM_NOTES : null;
		if (reads && shareable != null && sharedWith(actor, household).contains(shareable)) {
			return Answer.grant("PARTNER_SHARED_" + shareable.name(), Standing.PARTNER);
		}
		return Answer.refuse("PARTNER_NEED_TO_KNOW", Standing.PARTNER);
	}

	/** What is shared with the actor now; nothing while no module keeps shares. */
	private Set<SharedItem> sharedWith(Actor actor, HouseholdId household) {
		var kept = shares.getIfAvailable();
		if (kept == null) {
			return Set.of();
		}
		var decided = DecidedHousehold.bound(actor, household);
		return decided != null
				? decided.shared(() -> kept.sharedWith(household, actor.professionalId(), clock.instant()))
				: kept.sharedWith(household, actor.professionalId(), clock.instant());
	}

	@Override
	public boolean holds(Actor actor, Role... anyOf) {
		return actor != null && Arrays.stream(anyOf).anyMatch(actor::hasRole);
	}

	/**
	 * The answer, and why.
	 *
	 * @param rule the rule that decided, written into the access-log row
	 * ({@code CORE_TEAM}, {@code PARTNER}, {@code OUTSIDE_NETWORK} ...)
	 * @param standing how the actor stood to the household
	 */
	public record Answer(boolean granted, String rule, Standing standing) {

		static Answer grant(String rule, Standing standing) {
			return new Answer(true, rule, standing);
		}

		static Answer refuse(String rule, Standing standing) {
			return new Answer(false, rule, standing);
		}

		/** Granted only through emergency access. */
		public boolean emergency() {
			return standing == Standing.EMERGENCY;
		}

		/** The message key of a refusal, for the 403 page or problem. */
		public String refusalKey() {
			return switch (rule) {
				case "EMERGENCY_READS_ONLY" -> "household.emergency.readOnly";
				case "OUTSIDE_NETWORK" -> "household.forbidden";
				case "PRIVACY_OFFICER_ONLY" -> "audit.privacyOfficerOnly";
				case "SHARES_BY_CONTACT_PERSON_OR_DIRECTOR" -> "household.shares.managersOnly";
				case "NETWORK_BY_CONTACT_PERSON_OR_DIRECTOR" -> "household.network.managersOnly";
				case "FAMILY_ACCOUNTS_BY_CONTACT_PERSON" -> "household.familyAccounts.contactPersonOnly";
				case "CLOSING_BY_CONTACT_PERSON" -> "household.closed.contactPersonOnly";
				case "REOPEN_BY_LAST_CONTACT_PERSON_OR_TEAM_LEAD" -> "household.closed.reopenBy";
				case "CASE_REVIEW_BY_CORE_TEAM_OR_TEAM_LEAD" -> "learning.review.forbidden";
				case "COURT_ORDERS_BY_CONTACT_PERSON_DIRECTOR_OR_SAFETY_TEAM" -> "safetyteam.courtOrder.forbidden";
				default -> "household.needToKnow";
			};
		}
	}

}
