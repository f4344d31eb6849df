package nl.kernteam.learning;

import java.util.function.Supplier;

import nl.kernteam.household.DecidedHousehold;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.household.HouseholdPageSection;
import nl.kernteam.shared.Reads;
import nl.kernteam.shared.web.CsrfField;
import nl.kernteam.shared.web.Fragments;
import nl.kernteam.shared.web.PageTexts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * On the household page, for those who work with the family (not partners): the way to
 * reflect on the work with it and to start a case review, its links made in Java (issue
 * 19), shown by {@code learning/section.jte}. It reads nothing itself.
 */
@Component
class LearningSection implements HouseholdPageSection {

	private final MessageSource messages;

	LearningSection(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public int order() {
		return 95;
	}

	@Override
	public HouseholdItem item() {
		return HouseholdItem.OTHER;
	}

	@Override
	public Supplier<String> html(DecidedHousehold decided, Reads reads) {
		// the team's own learning: nothing to offer whom the decision refuses a
		// reflection (emergency access only reads); the form that starts a case review
		// only for whom the decision lets review (not experts), decided now, inside the
		// page's transaction
		if (!decided.mayAdd(HouseholdItem.of("reflection"))) {
			return () -> null;
		}
		boolean review = decided.mayReview();
		return () -> html(decided, review);
	}

	private String html(DecidedHousehold decided, boolean review) {
		var texts = PageTexts.current(messages);
		String household = texts.href("/households/" + decided.household().value());
		return Fragments.render("learning/section.jte",
				new View(texts.text("learning.section.title"), texts.text("learning.section.intro"),
						household + "/reflections", texts.text("learning.section.reflect"),
						review ? household + "/case-reviews" : null, texts.text("learning.section.review"),
						CsrfField.current()));
	}

	/**
	 * The section as it is shown: texts and links ready.
	 *
	 * @param reviewAction where the form that starts a case review posts; {@code null}
	 * without that form
	 */
	record View(String title, String intro, String reflectHref, String reflectText, String reviewAction,
			String reviewText, CsrfField csrf) {
	}

}
