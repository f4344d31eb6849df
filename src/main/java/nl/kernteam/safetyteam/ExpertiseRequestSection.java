package nl.kernteam.safetyteam;

import java.util.List;

import nl.kernteam.household.DecidedHousehold;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.network.NetworkPageSection;
import nl.kernteam.shared.web.FixedTexts;
import nl.kernteam.shared.web.Fragments;
import nl.kernteam.shared.web.PageTexts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * On a household's network page: the expertise asked, who joined and until when, the
 * answers; and for the contact person and the director the way to ask. Left out for
 * whoever may not read it (a partner: the questions are the core team's).
 * ({@code safetyteam/network-section.jte}, its texts, dates and links made here.)
 */
@Component
class ExpertiseRequestSection implements NetworkPageSection {

	private static final String SHORT = "d-M-yyyy";

	private final ExpertiseRequestQueries queries;

	private final HouseholdAccess access;

	private final MessageSource messages;

	private final FixedTexts texts;

	ExpertiseRequestSection(ExpertiseRequestQueries queries, HouseholdAccess access, MessageSource messages,
			FixedTexts texts) {
		this.queries = queries;
		this.access = access;
		this.messages = messages;
		this.texts = texts;
	}

	@Override
	public String html(DecidedHousehold decided) {
		if (!decided.mayRead(HouseholdItem.of("expertise-requests"))) {
			return null;
		}
		var actor = decided.actor();
		var household = decided.household();
		boolean asks = access.mayAdd(actor, household, HouseholdItem.NETWORK_MANAGEMENT);
		var p = PageTexts.current(messages);
		var t = texts.of(p.locale());
		var requests = queries.ofHousehold(actor, household).stream().map(r -> {
			String until = p.date(r.until(), SHORT);
			boolean accepted = r.accepted();
			return new View.Request(r.organisationName(), t.text("safetyteam.status." + r.status()),
					t.text("safetyteam.urgency." + r.urgency()), r.question(),
					(r.professionalName() != null) ? p.text("safetyteam.section.joined", r.professionalName(), until)
							: null,
					(r.professionalName() == null) ? p.text("safetyteam.until", until) : null,
					(r.declineReason() != null) ? p.text("safetyteam.section.declined", r.declineReason()) : null,
					(r.answer() != null) ? p.text("safetyteam.section.answer", r.answer()) : null, accepted,
					accepted && actor.professionalId().equals(r.professionalId())
							? p.href("/expertise-requests/" + r.id() + "/answer") : null,
					p.text("safetyteam.answer.for", r.organisationName()),
					accepted && asks ? p.href("/expertise-requests/" + r.id() + "/extend") : null,
					p.text("safetyteam.extend.for", r.organisationName()));
		}).toList();
		return Fragments.render("safetyteam/network-section.jte", new View(
				asks ? p.href("/households/" + household.value() + "/expertise-requests/new") : null, requests, t));
	}

	/**
	 * The section as its template shows it.
	 *
	 * @param askHref "Expertise vragen" for the contact person and the director, else
	 * {@code null}
	 */
	record View(String askHref, List<Request> requests, FixedTexts.Of t) {

		/**
		 * One request; the texts {@code null} that do not apply.
		 *
		 * @param accepted whether it was accepted: its links are shown only then
		 */
		record Request(String organisationName, String status, String urgency, String question, String joined,
				String until, String declined, String answer, boolean accepted, String answerHref, String answerLabel,
				String extendHref, String extendLabel) {
		}

	}

}
