package nl.kernteam.household;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.audit.AccessAction;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.InvalidInputException.FieldProblem;
import nl.kernteam.shared.Submissions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Every change to the family system: relations and parental authority, links between
 * households, life-domain checks. Each write passes {@link HouseholdAccess} (checked and
 * logged in the same transaction).
 *
 * @throws InvalidInputException for a relation, link or check that cannot be true
 * (authority for a sibling, a parent younger than the child, a member of another
 * household, a score outside 1–5)
 * @throws ConflictException for a client-chosen id that belongs to another household's
 * record
 */
@Service
@Validated
@Transactional
public class FamilySystemManagement {

	private final HouseholdAccess access;

	private final RelationRepository relations;

	private final FamilySystemRepository system;

	private final LifeDomainRepository lifeDomains;

	private final Clock clock;

	private final Submissions submissions;

	FamilySystemManagement(HouseholdAccess access, RelationRepository relations, FamilySystemRepository system,
			LifeDomainRepository lifeDomains, Clock clock, Submissions submissions) {
		this.submissions = submissions;
		this.access = access;
		this.relations = relations;
		this.system = system;
		this.lifeDomains = lifeDomains;
		this.clock = clock;
	}

	/**
	 * Records a relation; the same relation twice (or the same id twice) records it once
	 * and answers its id.
	 */
	public UUID addRelation(Actor actor, HouseholdId household, @Valid AddRelation relation) {
		access.write(actor, household, AccessAction.CREATE, "relation");
		submissions.serialise(relation.id());
		UUID id = relation.id() == null ? UUID.randomUUID() : relation.id();
		check(household, relation);
		if (!relations.insert(id, household.value(), relation, actor.professionalId(), clock.instant())) {
			var owner = relations.householdOf(id);
			if (owner.isPresent()) {
				if (!owner.get().equals(household.value())) {
					throw new ConflictException("error.idTaken");
				}
				return id;
			}
			return relations.currentId(household.value(), relation)
				.orElseThrow(() -> new ConflictException("error.conflict"));
		}
		return id;
	}

	public void endRelation(Actor actor, HouseholdId household, UUID relation) {
		access.write(actor, household, AccessAction.UPDATE, "relation:" + relation);
		if (!relations.end(household.value(), relation, actor.professionalId(), clock.instant())) {
			throw new nl.kernteam.shared.NotFoundException("relation " + relation);
		}
	}

	/**
	 * Links two households the actor sees both of; linking them again changes nothing and
	 * answers the link's id.
	 */
	public UUID link(Actor actor, HouseholdId household, @Valid LinkHouseholds link) {
		if (household.value().equals(link.otherHouseholdId())) {
			throw new InvalidInputException("otherHouseholdId", "household.link.self");
		}
		access.write(actor, household, AccessAction.CREATE, "household-link");
		access.write(actor, HouseholdId.of(link.otherHouseholdId()), AccessAction.CREATE, "household-link");
		submissions.serialise(link.id());
		UUID id = link.id() == null ? UUID.randomUUID() : link.id();
		if (system.link(id, household.value(), link, actor.professionalId(), clock.instant())) {
			return id;
		}
		// linked already: answer the link that stands; an id of another pair's link is
		// taken
		return system.currentLink(household.value(), link.otherHouseholdId())
			.filter(existing -> link.id() == null || existing.equals(link.id())
					|| system.linkHouseholds(link.id()).isEmpty())
			.orElseThrow(() -> new ConflictException("error.idTaken"));
	}

	/**
	 * Marks a theme on a member (agreed with the family); marking it twice changes
	 * nothing.
	 */
	public void markTheme(Actor actor, HouseholdId household, @Valid MarkTheme mark) {
		access.write(actor, household, AccessAction.CREATE, "theme");
		if (relations.birthDates(household.value(), List.of(mark.memberId())).isEmpty()) {
			throw new InvalidInputException("memberId", "household.relation.member.unknown");
		}
		system.markTheme(household.value(), mark, actor.professionalId(), clock.instant());
	}

	/**
	 * Takes a theme off a member (a mistake, or the family no longer agrees); the history
	 * keeps it.
	 */
	public void endTheme(Actor actor, HouseholdId household, @Valid MarkTheme mark) {
		access.write(actor, household, AccessAction.UPDATE, "theme");
		if (!system.endTheme(household.value(), mark, clock.instant())) {
			throw new nl.kernteam.shared.NotFoundException("theme " + mark.theme() + " of " + mark.memberId());
		}
	}

	/** Records a life-domain check of one member; the same id twice records it once. */
	public UUID recordLifeDomains(Actor actor, HouseholdId household, @Valid RecordLifeDomains check) {
		access.write(actor, household, AccessAction.CREATE, "life-domains");
		var birthDates = relations.birthDates(household.value(), List.of(check.memberId()));
		if (!birthDates.containsKey(check.memberId())) {
			throw new InvalidInputException("memberId", "household.relation.member.unknown");
		}
		var problems = new ArrayList<FieldProblem>();
		var seen = new HashSet<LifeDomain>();
		boolean child = birthDates.get(check.memberId()).plusYears(18).isAfter(check.date());
		for (int i = 0; i < check.scores().size(); i++) {
			var domain = check.scores().get(i).domain();
			if (!seen.add(domain)) {
				problems.add(new FieldProblem("scores[" + i + "].domain", "household.lifeDomains.domain.twice"));
			}
			else if (domain.forChildrenOnly() && !child) {
				problems.add(new FieldProblem("scores[" + i + "].domain", "household.lifeDomains.domain.childOnly"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		submissions.serialise(check.id());
		UUID id = check.id() == null ? UUID.randomUUID() : check.id();
		if (!lifeDomains.insert(id, household.value(), check, actor.professionalId(), clock.instant())
				&& !lifeDomains.householdOf(id).filter(household.value()::equals).isPresent()) {
			throw new ConflictException("error.idTaken");
		}
		return id;
	}

	private void check(HouseholdId household, AddRelation relation) {
		var problems = new ArrayList<FieldProblem>();
		if (relation.fromMemberId() == null && relation.guardianOrganisationId() == null) {
			problems.add(new FieldProblem("fromMemberId", "household.relation.from.required"));
		}
		if (relation.guardianOrganisationId() != null
				&& (relation.kind() != RelationKind.GUARDIAN_OF || relation.fromMemberId() != null
						|| !relations.isYouthProtectionAgency(relation.guardianOrganisationId()))) {
			problems.add(new FieldProblem("guardianOrganisationId", "household.relation.agency.invalid"));
		}
		if (relation.parentalAuthority() && !relation.kind().mayHaveAuthority()) {
			problems.add(new FieldProblem("parentalAuthority", "household.relation.authority.notForKind"));
		}
		if (relation.authoritySince() != null && !relation.parentalAuthority()) {
			problems.add(new FieldProblem("authoritySince", "household.relation.authoritySince.withoutAuthority"));
		}
		if (relation.toMemberId().equals(relation.fromMemberId())) {
			problems.add(new FieldProblem("toMemberId", "household.relation.self"));
		}
		var ids = new ArrayList<UUID>(List.of(relation.toMemberId()));
		if (relation.fromMemberId() != null) {
			ids.add(relation.fromMemberId());
		}
		var birthDates = relations.birthDates(household.value(), ids);
		if (relation.fromMemberId() != null && !birthDates.containsKey(relation.fromMemberId())) {
			problems.add(new FieldProblem("fromMemberId", "household.relation.member.unknown"));
		}
		if (!birthDates.containsKey(relation.toMemberId())) {
			problems.add(new FieldProblem("toMemberId", "household.relation.member.unknown"));
		}
		LocalDate from = relation.fromMemberId() == null ? null : birthDates.get(relation.fromMemberId());
		LocalDate to = birthDates.get(relation.toMemberId());
		if (relation.kind().olderGeneration() && from != null && to != null && !from.isBefore(to)) {
			problems.add(new FieldProblem("fromMemberId", "household.relation.youngerThanChild"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
