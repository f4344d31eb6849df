package nl.kernteam.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdQueries;
import nl.kernteam.network.NetworkQueries;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who can own an agreement in a household: its members, its own circle and the
 * professionals involved now.
 */
@Component
class PlanOwners {

	private final HouseholdQueries households;

	private final NetworkQueries network;

	private final MessageSource messages;

	PlanOwners(HouseholdQueries households, NetworkQueries network, MessageSource messages) {
		this.households = households;
		this.network = network;
		this.messages = messages;
	}

	List<Owner> candidates(Actor actor, HouseholdId household) {
		var owners = new ArrayList<Owner>();
		Locale locale = LocaleContextHolder.getLocale();
		for (var member : households.details(actor, household).members()) {
			owners.add(new Owner(OwnerKind.FAMILY_MEMBER, member.id(), member.fullName(),
					messages.getMessage("household.role." + member.role(), null, locale)));
		}
		for (var involvement : network.network(actor, household).current()) {
			if (involvement.informal()) {
				owners.add(new Owner(OwnerKind.INFORMAL, involvement.id(), involvement.name(), involvement.relation()));
			}
			else {
				owners.add(new Owner(OwnerKind.PROFESSIONAL, involvement.professionalId(), involvement.name(),
						involvement.organisationName()));
			}
		}
		return owners;
	}

	/**
	 * The owner a command names: by reference if given, else by (a unique part of) their
	 * name.
	 */
	Owner resolve(Actor actor, HouseholdId household, String name, String ref) {
		var candidates = candidates(actor, household);
		if (ref != null && !ref.isBlank()) {
			return candidates.stream()
				.filter(o -> o.ref().equals(ref.trim()))
				.findFirst()
				.orElseThrow(() -> new InvalidInputException("owner", "plan.agreement.owner.unknown"));
		}
		if (name == null || name.isBlank()) {
			throw new InvalidInputException("owner", "plan.agreement.owner.required");
		}
		String wanted = name.trim().toLowerCase(Locale.ROOT);
		var exact = candidates.stream().filter(o -> o.name().toLowerCase(Locale.ROOT).equals(wanted)).toList();
		var matches = exact.isEmpty()
				? candidates.stream().filter(o -> o.name().toLowerCase(Locale.ROOT).contains(wanted)).toList() : exact;
		if (matches.isEmpty()) {
			throw new InvalidInputException("owner", "plan.agreement.owner.unknown");
		}
		if (matches.size() > 1 && matches.stream().map(Owner::id).distinct().count() > 1) {
			throw new InvalidInputException("owner", "plan.agreement.owner.ambiguous");
		}
		return matches.get(0);
	}

	static UUID idOf(Owner owner, OwnerKind kind) {
		return owner.kind() == kind ? owner.id() : null;
	}

}
