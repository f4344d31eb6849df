package nl.kernteam.portal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.kernteam.audit.AccessAction;
import nl.kernteam.household.FamilyAccess;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.FamilyMember;
import nl.kernteam.shared.validation.PlainText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Messages between the family and its contact person: the family writes as itself
 * ({@link FamilyAccess}, and the contact person is notified through
 * {@link FamilyMessageSent}); the core team reads them on the household page and answers
 * (item {@code OTHER} to write, which only the core team may; partners neither read nor
 * answer). Every read and write is in the access log.
 */
@Service
@Validated
@Transactional
class FamilyMessages {

	static final int MAX_LENGTH = 4000;

	private final FamilyAccess familyAccess;

	private final HouseholdAccess access;

	private final FamilyMessageRepository messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FamilyMessages(FamilyAccess familyAccess, HouseholdAccess access, FamilyMessageRepository messages,
			ApplicationEventPublisher events, Clock clock) {
		this.familyAccess = familyAccess;
		this.access = access;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	/** The family member's message to the contact person, who is told. */
	UUID send(FamilyMember member,
			@NotBlank(message = "{portal.message.text.required}") @Size(max = MAX_LENGTH) @PlainText String text) {
		UUID id = UUID.randomUUID();
		familyAccess.write(member, AccessAction.CREATE, "family-message:" + id);
		messages.insert(id, member.householdId(), text, member.accountId(), null, member.name(), clock.instant());
		events.publishEvent(new FamilyMessageSent(member.householdId(), id,
				messages.contactPerson(member.householdId()).orElse(null), member.name()));
		return id;
	}

	/** The household's messages as the family sees them, newest first. */
	List<FamilyMessageRepository.Message> forFamily(FamilyMember member) {
		familyAccess.read(member, HouseholdItem.FAMILY_VOICE, "family-messages");
		return messages.forHousehold(member.householdId());
	}

	/**
	 * An answer by a professional of the core team; the family sees it with their name.
	 */
	UUID answer(Actor actor, HouseholdId household,
			@NotBlank(message = "{portal.pro.section.empty}") @Size(max = MAX_LENGTH) @PlainText String text) {
		UUID id = UUID.randomUUID();
		access.write(actor, household, HouseholdItem.OTHER, AccessAction.CREATE, "family-message.answer:" + id);
		messages.insert(id, household.value(), text, null, actor.professionalId(), actor.name(), clock.instant());
		return id;
	}

}
