package nl.kernteam.household;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import nl.kernteam.audit.AccessAction;
import nl.kernteam.audit.AccessLog;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.PageOf;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads relations, the family system and life-domain checks, each through {@link HouseholdAccess}. Of a linked
 * household that the actor may not see, the family system shows only that it exists and who its contact person is.
 */
@Service
@Transactional
public class FamilySystemQueries {

	/** What the API calls a household the caller may not see (CONTRACT.md); pages show their own text. */
	static final String HIDDEN_NAME = "Huishouden";

	private final HouseholdAccess access;

	private final AccessLog accessLog;

	private final RelationRepository relations;

	private final FamilySystemRepository system;

	private final LifeDomainRepository lifeDomains;

	private final HouseholdRepository households;

	FamilySystemQueries(HouseholdAccess access, AccessLog accessLog, RelationRepository relations,
			FamilySystemRepository system, LifeDomainRepository lifeDomains, HouseholdRepository households) {
		this.access = access;
		this.accessLog = accessLog;
		this.relations = relations;
		this.system = system;
		this.lifeDomains = lifeDomains;
		this.households = households;
	}

	public List<RelationDetails> relations(Actor actor, HouseholdId household) {
		access.read(actor, household, "relations");
		return relations.current(household.value());
	}

	public PageOf<LifeDomainCheck> lifeDomains(Actor actor, HouseholdId household, PageOf.Request page) {
		access.read(actor, household, "life-domains");
		return lifeDomains.page(household.value(), page);
	}

	/**
	 * The family system of a household. The households the actor may see are shown with their members and logged
	 * as read; the others are logged as listed ({@code SEARCH}), because their existence and contact person are shown.
	 */
	public FamilySystem familySystem(Actor actor, HouseholdId household) {
		access.read(actor, household, "family-system");
		var connections = system.connections(household.value());
		var ids = new LinkedHashSet<UUID>();
		ids.add(household.value());
		for (var connection : connections) {
			ids.add(connection.householdId());
			ids.add(connection.otherHouseholdId());
		}
		var wanted = new ArrayList<>(ids).subList(0, Math.min(ids.size(), FamilySystemRepository.MAX_HOUSEHOLDS));
		var result = new ArrayList<FamilySystem.Household>();
		var seen = new ArrayList<UUID>();
		var listed = new ArrayList<UUID>();
		var found = system.households(wanted, actor.professionalId());
		var members = households.members(found.stream()
			.filter(h -> h.visible() || h.id().equals(household.value()))
			.map(FamilySystem.Household::id)
			.toList());
		for (var each : found) {
			if (each.visible() || each.id().equals(household.value())) {
				if (!each.id().equals(household.value())) {
					seen.add(each.id());
				}
				result.add(new FamilySystem.Household(each.id(), each.name(), each.contactPerson(), true,
						members.getOrDefault(each.id(), List.of())));
			}
			else {
				listed.add(each.id());
				result.add(new FamilySystem.Household(each.id(), HIDDEN_NAME, each.contactPerson(), false, null));
			}
		}
		accessLog.recordAll(actor, seen, AccessAction.READ, "family-system");
		accessLog.recordAll(actor, listed, AccessAction.SEARCH, "family-system");
		var shown = new java.util.HashSet<>(wanted);
		return new FamilySystem(result, connections.stream()
			.filter(c -> shown.contains(c.householdId()) && shown.contains(c.otherHouseholdId()))
			.filter(c -> !"SHARED_MEMBER".equals(c.kind()) || c.householdId().compareTo(c.otherHouseholdId()) < 0)
			.toList());
	}
}
