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

	private final FamilyVoice voice;

	FamilyVoiceSection(FamilyVoice voice) {
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
		var forTeam = voice.forTeam(decided.actor(), decided.household());
		return Map.of("householdId", decided.household().value(), "messages", forTeam.messages(), "heard",
				forTeam.heard());
	}

	@Override
	public Map<String, Object> forms(DecidedHousehold decided) {
		return Map.of("familyAnswer", new FamilyMessageAnswerController.AnswerForm(null));
	}

}
