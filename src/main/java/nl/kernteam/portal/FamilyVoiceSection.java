package nl.kernteam.portal;

import java.util.Map;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.household.DecidedHousehold;
import nl.kernteam.household.HouseholdPageSection;
import nl.kernteam.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * On the household page, for the core team only: what the family wrote as itself (its
 * messages, with a form to answer) and how heard it felt after each meeting.
 */
@Component
class FamilyVoiceSection implements HouseholdPageSection {

	private final FamilyMessages messages;

	private final FamilyVoice voice;

	FamilyVoiceSection(FamilyMessages messages, FamilyVoice voice) {
		this.messages = messages;
		this.voice = voice;
	}

	@Override
	public int order() {
		return 45;
	}

	@Override
	public String template() {
		return "portal/section";
	}

	@Override
	public HouseholdItem item() {
		return HouseholdItem.FAMILY_VOICE;
	}

	@Override
	public Map<String, Object> model(DecidedHousehold decided) {
		return Map.of("householdId", decided.household().value(), "messages",
				messages.forTeam(decided.actor(), decided.household()), "heard",
				voice.heardForTeam(decided.actor(), decided.household()));
	}

	@Override
	public Map<String, Object> forms(DecidedHousehold decided) {
		return Map.of("familyAnswer", new FamilyMessageAnswerController.AnswerForm(null));
	}

}
