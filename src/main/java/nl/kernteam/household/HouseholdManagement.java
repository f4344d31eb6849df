package nl.kernteam.household;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.audit.AccessAction;
import nl.kernteam.audit.AccessEvent;
import nl.kernteam.audit.AccessLog;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.Submissions;
import nl.kernteam.shared.Bsn;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.ForbiddenException;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.InvalidInputException.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Every change to households and their members.
 *
 * @throws InvalidInputException for invalid members (also: the same BSN twice in one
 * household)
 * @throws ConflictException for an update based on a stale version
 * @throws ForbiddenException when the actor may not change the household
 */
@Service
@Validated
@Transactional
public class HouseholdManagement {

	private final Submissions submissions;

	/**
	 * Nobody in a household today was born before this; earlier dates are typing errors.
	 */
	static final java.time.LocalDate EARLIEST_BIRTH_DATE = java.time.LocalDate.of(1900, 1, 1);

	private final HouseholdRepository households;

	private final HouseholdAccess access;

	private final AccessLog accessLog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	HouseholdManagement(HouseholdRepository households, HouseholdAccess access, AccessLog accessLog,
			ApplicationEventPublisher events, Clock clock, Submissions submissions) {
		this.submissions = submissions;
		this.households = households;
		this.access = access;
		this.accessLog = accessLog;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Registers a household; the registering professional is involved with it from then
	 * on, and the contact person is appointed (see {@link HouseholdRegistered}).
	 * Registering the same id twice returns the first.
	 */
	public HouseholdId register(Actor actor, @Valid RegisterHousehold command) {
		if (actor.organisationId() == null) {
			throw new ForbiddenException("household.register.noOrganisation");
		}
		checkMembers(command.members());
		UUID id = command.id() == null ? UUID.randomUUID() : command.id();
		submissions.serialise(command.id());
		String name = blank(command.name()) ? defaultName(command.members()) : command.name().trim();
		if (!households.insert(id, name, actor.professionalId(), clock.instant())) {
			if (households.createdBy(id).filter(actor.professionalId()::equals).isPresent()) {
				return HouseholdId.of(id); // the same form sent twice
			}
			throw new ConflictException("error.conflict");
		}
		int position = 0;
		for (MemberInput member : command.members()) {
			households.insertMember(id, member, position++);
		}
		events.publishEvent(new HouseholdRegistered(HouseholdId.of(id), actor, command.contactPersonId(),
				blank(command.reason()) ? null : command.reason().trim()));
		accessLog
			.record(AccessEvent.granted(actor, id, AccessAction.CREATE, "household", false).because("REGISTRATION"));
		return HouseholdId.of(id);
	}

	/**
	 * Changes name and members. Members left out of the list stay; members marked removed
	 * leave the household.
	 */
	public void update(Actor actor, HouseholdId id, @Valid UpdateHousehold command) {
		access.write(actor, id, AccessAction.UPDATE, "household");
		var active = command.members().stream().filter(m -> !m.removed()).toList();
		if (active.isEmpty()) {
			throw new InvalidInputException("members", "household.members.required");
		}
		checkMembers(command.members());
		checkMembersBelongHere(id, command.members());
		var now = clock.instant();
		if (!households.update(id.value(), command.name().trim(), command.version(), now)) {
			throw new ConflictException("household.conflict");
		}
		var fingerprintsBefore = households.fingerprints(id.value());
		int position = 0;
		for (MemberInput member : command.members()) {
			if (member.id() == null) {
				if (!member.removed()) {
					households.insertMember(id.value(), member, position++);
				}
			}
			else if (member.removed()) {
				households.removeMember(id.value(), member.id(), now);
			}
			else if (!households.updateMember(id.value(), member, position++)) {
				throw new ConflictException("household.conflict");
			}
		}
		var joined = new HashSet<>(households.fingerprints(id.value()));
		joined.removeAll(fingerprintsBefore);
		if (!joined.isEmpty()) {
			events.publishEvent(new MembersJoined(id, Set.copyOf(joined)));
		}
	}

	private static void checkMembers(List<MemberInput> members) {
		var problems = new ArrayList<FieldProblem>();
		var seen = new HashSet<String>();
		for (int i = 0; i < members.size(); i++) {
			var member = members.get(i);
			if (!member.removed() && member.birthDate() != null && member.birthDate().isBefore(EARLIEST_BIRTH_DATE)) {
				problems.add(new FieldProblem("members[" + i + "].birthDate", "household.member.birthDate.tooEarly"));
			}
			if (!member.removed() && !blank(member.bsn()) && Bsn.isValid(member.bsn())
					&& !seen.add(Bsn.canonical(member.bsn()))) {
				problems.add(new FieldProblem("members[" + i + "].bsn", "household.bsn.duplicate"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	/**
	 * A member id that was never a member of this household (another household's, or made
	 * up) is the client's mistake about that member, a 400 on its field; a member of this
	 * household removed meanwhile is left to the version check (a conflict).
	 */
	private void checkMembersBelongHere(HouseholdId id, List<MemberInput> members) {
		var known = new HashSet<>(households.memberIdsEver(id.value()));
		var problems = new ArrayList<FieldProblem>();
		for (int i = 0; i < members.size(); i++) {
			UUID member = members.get(i).id();
			if (member != null && !known.contains(member)) {
				problems.add(new FieldProblem("members[" + i + "].id", "household.member.unknown"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static String defaultName(List<MemberInput> members) {
		var first = members.stream().filter(m -> m.role() == MemberRole.PARENT).findFirst().orElse(members.get(0));
		return "Gezin " + first.familyName().trim();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
