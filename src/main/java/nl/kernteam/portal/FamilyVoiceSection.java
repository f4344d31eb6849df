package nl.kernteam.portal;

import java.util.Map;

import nl.kernteam.household.DecidedHousehold;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.household.HouseholdPageSection;
import nl.kernteam.shared.web.PageTexts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * On the household page, for the core team only: what the family wrote as itself (its
 * messages, with a form to answer) and how heard it felt after each meeting, as a
 * {@link FamilyVoiceView}.
 */
@Component
class FamilyVoiceSection implements HouseholdPageSection {

	private final FamilyVoice voice;

	private final MessageSource messages;

	FamilyVoiceSection(FamilyVoice voice, MessageSource messages) {
		this.voice = voice;
		this.messages = messages;
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
		var texts = PageTexts.current(messages);
		String fromFamily = texts.text("portal.pro.section.fromFamily");
		String answer = texts.text("portal.pro.section.answer");
		var shown = forTeam.messages()
			.stream()
			.map(m -> new FamilyVoiceView.Message(m.author(), m.fromFamily() ? fromFamily : answer,
					m.at() == null ? null : m.at().toString(), texts.date(m.at(), "d MMMM yyyy HH:mm"), m.text()))
			.toList();
		var heard = forTeam.heard()
			.stream()
			.map(h -> new FamilyVoiceView.Heard(texts.text("portal.pro.section.heardScore", h.author(), h.score(),
					texts.text("portal.pro.about." + h.about()), texts.date(h.at(), "d MMMM yyyy")), h.words()))
			.toList();
		return Map.of("view", new FamilyVoiceView(shown, heard,
				texts.href("/households/" + decided.household().value() + "/family-messages")));
	}

	@Override
	public Map<String, Object> forms(DecidedHousehold decided) {
		return Map.of("familyAnswer", new FamilyMessageAnswerController.AnswerForm(null));
	}

}
