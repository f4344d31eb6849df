package nl.kernteam.household;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;

import nl.kernteam.audit.AccessAction;
import nl.kernteam.audit.AccessLog;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.Bsn;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.PersonalDataCipher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads relations, the family system and life-domain checks, each through
 * {@link HouseholdAccess}. Of a linked household that the actor may not see, the family
 * system shows only that it exists and who its contact person is.
 */
@Service
@Transactional
public class FamilySystemQueries {

	/**
	 * What the API calls a household the caller may not see (CONTRACT.md); pages show
	 * their own text.
	 */
	static final String HIDDEN_NAME = "Huishouden";

	private final HouseholdAccess access;

	private final AccessLog accessLog;

	private final RelationRepository relations;

	private final FamilySystemRepository system;

	private final LifeDomainRepository lifeDomains;

	private final PersonalDataCipher cipher;

	private final HouseholdQueries households;

	private final FamilyNetwork network;

	FamilySystemQueries(HouseholdAccess access, AccessLog accessLog, RelationRepository relations,
			FamilySystemRepository system, LifeDomainRepository lifeDomains, PersonalDataCipher cipher,
			HouseholdQueries households, FamilyNetwork network) {
		this.households = households;
		this.network = network;
		this.access = access;
		this.accessLog = accessLog;
		this.relations = relations;
		this.system = system;
		this.lifeDomains = lifeDomains;
		this.cipher = cipher;
	}

	/**
	 * Everything the family-system page shows, read in one transaction (so that the page
	 * is one access-log row per household): the household, its family system with the
	 * relations, and who helps the households the actor sees.
	 */
	FamilySystemPage familySystemPage(Actor actor, HouseholdId household) {
		var details = households.details(actor, household);
		var view = view(actor, household);
		var visible = view.system()
			.households()
			.stream()
			.filter(FamilySystem.Household::visible)
			.map(FamilySystem.Household::id)
			.toList();
		return new FamilySystemPage(details, view, relations(actor, household), network.around(visible));
	}

	/** The household and one page of its life-domain checks, in one transaction. */
	LifeDomainPage lifeDomainPage(Actor actor, HouseholdId household, PageOf.Request page) {
		return new LifeDomainPage(households.details(actor, household), lifeDomains(actor, household, page));
	}

	record FamilySystemPage(HouseholdDetails household, View view, List<RelationDetails> relations,
			List<FamilyNetwork.Person> network) {
	}

	record LifeDomainPage(HouseholdDetails household, PageOf<LifeDomainCheck> checks) {
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
	 * The family system of a household. The households the actor may see are shown with
	 * their members and logged as read; the others are logged as listed ({@code SEARCH}),
	 * because their existence and contact person are shown.
	 */
	public FamilySystem familySystem(Actor actor, HouseholdId household) {
		return view(actor, household).system();
	}

	/**
	 * The family system with the relations of the households the actor may see, for the
	 * genogram page.
	 */
	View view(Actor actor, HouseholdId household) {
		access.read(actor, household, "family-system");
		var loaded = system.load(household.value(), actor.professionalId());
		var members = new LinkedHashMap<UUID, List<MemberDetails>>();
		for (var m : loaded.members()) {
			members.computeIfAbsent(m.householdId(), key -> new ArrayList<>())
				.add(new MemberDetails(m.id(), m.givenName(), m.familyName(), m.birthDate(), m.role(),
						m.bsnEncrypted() == null ? null : Bsn.masked(cipher.decrypt(m.bsnEncrypted())), m.phone(),
						m.email(), m.residence(), m.gender()));
		}
		var result = new ArrayList<FamilySystem.Household>();
		var seen = new ArrayList<UUID>();
		var seenInEmergency = new ArrayList<UUID>();
		var listed = new ArrayList<UUID>();
		for (var each : loaded.households()) {
			var contact = each.contactName() == null ? null
					: new FamilySystem.ContactPerson(each.contactName(), each.contactOrganisation());
			if (each.visible()) {
				if (!each.id().equals(household.value())) {
					(each.emergency() ? seenInEmergency : seen).add(each.id());
				}
				result.add(new FamilySystem.Household(each.id(), each.name(), contact, true,
						members.getOrDefault(each.id(), List.of())));
			}
			else {
				listed.add(each.id());
				result.add(new FamilySystem.Household(each.id(), HIDDEN_NAME, contact, false, null));
			}
		}
		accessLog.recordAll(actor, seen, AccessAction.READ, "family-system");
		accessLog.recordAll(actor, seenInEmergency, AccessAction.READ, "family-system", true);
		accessLog.recordAll(actor, listed, AccessAction.SEARCH, "family-system");
		var people = new java.util.HashMap<UUID, String>();
		loaded.members().forEach(m -> people.put(m.id(), m.person()));
		var themes = new java.util.HashMap<UUID, List<Theme>>();
		loaded.themes().forEach(t -> themes.computeIfAbsent(t.memberId(), key -> new ArrayList<>()).add(t.theme()));
		return new View(new FamilySystem(result, loaded.connections()), loaded.relations(), people, themes);
	}

	/**
	 * @param relations the current relations in the households the actor may see
	 * @param persons per member id a key that is the same for one person in two
	 * households
	 * @param themes per member id the themes marked on them
	 */
	record View(FamilySystem system, List<FamilySystemRepository.RelationRow> relations, Map<UUID, String> persons,
			Map<UUID, List<Theme>> themes) {
	}

}
