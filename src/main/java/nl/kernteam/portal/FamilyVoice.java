package nl.kernteam.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import nl.kernteam.audit.AccessAction;
import nl.kernteam.household.FamilyAccess;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.FamilyMember;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.NotFoundException;
import nl.kernteam.shared.Reads;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * What a family member adds as themselves: their view on an assessment, a key decision or
 * a plan version, and "ik ben gehoord" after a meeting. Each write goes through
 * {@link FamilyAccess} (item {@code FAMILY_VOICE}) and is in the access log with the
 * member as its author; views are appended, never changed.
 *
 * @throws NotFoundException when the item is not of the member's own household: another
 * household's assessment is not even confirmed to exist
 * @throws InvalidInputException for an "ik ben gehoord" before the meeting was held
 */
@Service
@Validated
@Transactional
class FamilyVoice {

	private final FamilyAccess access;

	private final HouseholdAccess teamAccess;

	private final FamilyVoiceRepository voices;

	private final Clock clock;

	FamilyVoice(FamilyAccess access, HouseholdAccess teamAccess, FamilyVoiceRepository voices, Clock clock) {
		this.access = access;
		this.teamAccess = teamAccess;
		this.voices = voices;
		this.clock = clock;
	}

	/** Adds the member's view on the item; an earlier view stays as it was. */
	UUID addView(FamilyMember member, @Valid AddView view) {
		if (view.about().kind() == AboutKind.PLAN_EVALUATION) {
			throw new InvalidInputException("about.kind", "portal.view.kind");
		}
		About about = canonical(member, view.about());
		access.write(member, AccessAction.CREATE, "family-view:" + about.kind() + ":" + about.id());
		UUID id = UUID.randomUUID();
		voices.insertView(id, member, about, view.position(), view.words(), clock.instant());
		return id;
	}

	/** The views of the household on the item, newest first. */
	List<FamilyVoiceRepository.FamilyView> views(FamilyMember member, About about) {
		About known = canonical(member, about);
		access.read(member, HouseholdItem.FAMILY_VOICE, "family-views:" + known.kind() + ":" + known.id());
		return voices.views(member.householdId(), known);
	}

	/**
	 * "Ik ben gehoord" after a meeting that was held: an assessment (on or after its
	 * date) or a plan evaluation (once held).
	 */
	UUID heard(FamilyMember member, @Valid Heard heard) {
		var kind = heard.about().kind();
		if (kind != AboutKind.ASSESSMENT && kind != AboutKind.PLAN_EVALUATION) {
			throw new InvalidInputException("about.kind", "portal.heard.kind");
		}
		LocalDate held = voices.dateOf(member.householdId(), heard.about())
			.orElseThrow(() -> new NotFoundException("meeting " + heard.about().id()));
		if (held.isAfter(AmsterdamTime.today(clock))) {
			throw new InvalidInputException("about", "portal.heard.notYet");
		}
		access.write(member, AccessAction.CREATE, "heard:" + kind + ":" + heard.about().id().trim());
		UUID id = UUID.randomUUID();
		voices.insertHeard(id, member, heard.about(), heard.score(), heard.words(), clock.instant());
		return id;
	}

	/**
	 * The household's messages and its answers to "ik ben gehoord", for the core team,
	 * newest first; both reads are in the access log.
	 */
	Supplier<FamilyVoiceRepository.ForTeam> forTeam(Actor actor, HouseholdId household, Reads reads) {
		teamAccess.read(actor, household, HouseholdItem.FAMILY_VOICE, "family-messages");
		teamAccess.read(actor, household, HouseholdItem.FAMILY_VOICE, "heard");
		return voices.forTeam(household.value(), reads);
	}

	/**
	 * The item with its id as stored (a uuid in its usual form, a version number without
	 * zeros in front), when it is of the member's own household.
	 */
	private About canonical(FamilyMember member, About about) {
		if (voices.dateOf(member.householdId(), about).isEmpty()) {
			throw new NotFoundException(about.kind() + " " + about.id());
		}
		String id = about.kind() == AboutKind.PLAN_VERSION ? String.valueOf(Integer.parseInt(about.id().trim()))
				: FamilyVoiceRepository.uuid(about.id()).toString();
		return new About(about.kind(), id);
	}

}
