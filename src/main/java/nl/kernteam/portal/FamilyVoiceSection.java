package nl.kernteam.portal;

import java.util.function.Supplier;

import nl.kernteam.household.DecidedHousehold;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.household.HouseholdPageSection;
import nl.kernteam.shared.Reads;
import nl.kernteam.shared.web.CsrfField;
import nl.kernteam.shared.web.FormField;
import nl.kernteam.shared.web.Fragments;
import nl.kernteam.shared.web.PageTexts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * On the household page, for the core team only: what the family wrote as itself (its
 * messages, with a form to answer) and how heard it felt after each meeting, as a
 * {@link FamilyVoiceView} placed by a jte template (issue 19). A refused answer comes
 * back to this page with its errors, shown next to the field or above the form.
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
	public HouseholdItem item() {
		return HouseholdItem.FAMILY_VOICE;
	}

	@Override
	public Supplier<String> html(DecidedHousehold decided, Reads reads) {
		var read = voice.forTeam(decided.actor(), decided.household(), reads);
		return () -> html(decided, read.get());
	}

	private String html(DecidedHousehold decided, FamilyVoiceRepository.ForTeam forTeam) {
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
		var fixed = new FamilyVoiceView.Texts(texts.text("portal.pro.section.title"),
				texts.text("portal.pro.section.messages"), texts.text("portal.pro.section.noMessages"),
				texts.text("portal.pro.section.answerLabel"), texts.text("portal.pro.section.send"),
				texts.text("portal.pro.section.heard"), texts.text("portal.pro.section.noHeard"));
		return Fragments.render("portal/section.jte", new FamilyVoiceView(fixed, shown, heard,
				// no answer for whom the decision refuses it (emergency access only
				// reads)
				decided.mayAdd(HouseholdItem.OTHER)
						? texts.href("/households/" + decided.household().value() + "/family-messages") : null,
				answerField(texts), CsrfField.current()));
	}

	/**
	 * The answer's field as {@link FamilyMessageAnswerController} sent it back with its
	 * errors, or empty.
	 */
	private static FamilyVoiceView.AnswerField answerField(PageTexts texts) {
		BindingResult refused = FamilyMessageAnswerController.sentBack();
		if (refused == null) {
			return FamilyVoiceView.AnswerField.EMPTY;
		}
		return new FamilyVoiceView.AnswerField(
				FormField.of(refused, FamilyMessageAnswerController.FIELD, texts.messages(), texts.locale())
					.forTextarea(),
				FormField.messages(refused.getGlobalErrors(), texts.messages(), texts.locale()));
	}

}
